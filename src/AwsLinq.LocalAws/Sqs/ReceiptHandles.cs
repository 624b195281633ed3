using System.Security.Cryptography;
using System.Text;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// Receipt handles: base64 of the queue name, the message id and a random nonce, so that every receive gets a new
/// handle, as in SQS, and a handle still tells which message it was issued for.
/// </summary>
internal static class ReceiptHandles
{
    private const char Separator = '\n';

    public static string Issue(string queueName, string messageId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            string.Join(Separator, queueName, messageId, Convert.ToHexString(RandomNumberGenerator.GetBytes(8)))));

    /// <summary>The message a handle was issued for in this queue; ReceiptHandleIsInvalid for any other handle.</summary>
    public static string MessageIdIn(SqsQueue queue, string handle) =>
        TryRead(handle, out var queueName, out var messageId) && string.Equals(queueName, queue.Name, StringComparison.Ordinal)
            ? messageId
            : throw SqsErrors.ReceiptHandleIsInvalid(handle);

    public static bool TryRead(string handle, out string queueName, out string messageId)
    {
        queueName = messageId = string.Empty;
        var bytes = new byte[handle.Length];
        if (!Convert.TryFromBase64String(handle, bytes, out var length))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(bytes, 0, length).Split(Separator);
        if (parts.Length != 3)
        {
            return false;
        }

        (queueName, messageId) = (parts[0], parts[1]);
        return true;
    }
}
