using System.Net.Sockets;
using Amazon.Runtime;

namespace AwsLinq.Cli.Errors;

/// <summary>
/// Turns what went wrong into one line a user can act on. AWS error codes and request ids stay in the line, since
/// they are what support and search engines know; credentials never appear (AWS messages do not carry them).
/// </summary>
internal static class ErrorMessages
{
    private static readonly HashSet<string> CredentialErrors = new(StringComparer.Ordinal)
    {
        "InvalidAccessKeyId", "SignatureDoesNotMatch", "UnrecognizedClientException", "InvalidClientTokenId",
        "AuthFailure", "ExpiredToken", "ExpiredTokenException", "InvalidToken", "IncompleteSignature",
    };

    public static string Describe(Exception error, string endpoint) => error switch
    {
        CliException e => e.Message,
        AmazonServiceException { ErrorCode: { } code } e when CredentialErrors.Contains(code) =>
            $"AWS rejected the credentials ({code}): {FirstLine(e.Message).TrimEnd('.')}. Check --profile, AWS_PROFILE or AWS_ACCESS_KEY_ID.",
        AmazonServiceException { ErrorCode: { } code } e =>
            $"{code}: {FirstLine(e.Message)}{RequestId(e)}",
        _ when Unreachable(error) is { } network => $"cannot reach {endpoint}: {FirstLine(network.Message)}",
        AmazonClientException e when e.Message.StartsWith("Failed to resolve AWS credentials", StringComparison.Ordinal) =>
            "no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, pass --profile, or configure a default profile.",
        AmazonClientException e when e.Message.Contains("RegionEndpoint", StringComparison.Ordinal) =>
            "no AWS region configured: pass --region, or set AWS_REGION.",
        NotSupportedException or InvalidOperationException or AmazonClientException => FirstLine(error.Message),
        _ => $"unexpected error: {error.GetType().Name}: {FirstLine(error.Message)} (run with --debug for details)",
    };

    private static Exception? Unreachable(Exception error)
    {
        // The SDK rethrows transport failures as they are, after its retries, sometimes wrapped once.
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or SocketException || (e is TaskCanceledException && e.InnerException is TimeoutException))
            {
                return e;
            }
        }

        return null;
    }

    private static string RequestId(AmazonServiceException e) =>
        string.IsNullOrEmpty(e.RequestId) ? string.Empty : $" (request id {e.RequestId})";

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
