using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>DeleteMessage</c>: deletes the message a receipt handle was issued for. A handle this server did not issue, or
/// issued for another queue, is ReceiptHandleIsInvalid; deleting a message twice succeeds, as in SQS.
/// </summary>
internal sealed class DeleteMessageOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "DeleteMessage";

    public override JsonObject Execute(SqsRequest request)
    {
        var queue = RequireQueue(request);
        var handle = request.RequiredString("ReceiptHandle");
        if (!ReceiptHandles.TryRead(handle, out var queueName, out var messageId)
            || !string.Equals(queueName, queue.Name, StringComparison.Ordinal))
        {
            throw SqsErrors.ReceiptHandleIsInvalid(handle);
        }

        queue.Messages.Delete(messageId);
        return [];
    }
}
