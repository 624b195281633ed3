using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.RuntimeDependencies;

namespace AwsLinq.Cli.Errors;

/// <summary>
/// Turns what went wrong into one line a user can act on, and its exit code, by the exception's type and the service's
/// error code, never by the text of a message. AWS error codes and request ids stay in the line, since they are what
/// support and search engines know; credentials never appear (AWS messages do not carry them).
/// </summary>
internal static class ErrorMessages
{
    private static readonly HashSet<string> CredentialErrors = new(StringComparer.Ordinal)
    {
        "InvalidAccessKeyId", "SignatureDoesNotMatch", "UnrecognizedClientException", "InvalidClientTokenId",
        "AuthFailure", "ExpiredToken", "ExpiredTokenException", "InvalidToken", "IncompleteSignature",
    };

    public static ErrorReport Describe(Exception error, string endpoint) => error switch
    {
        CliException e => new(e.Message, e.ExitCode),
        AmazonServiceException { ErrorCode: { } code } e when CredentialErrors.Contains(code) => new(
            $"AWS rejected the credentials ({code}): {FirstLine(e.Message).TrimEnd('.')}. Check --profile, AWS_PROFILE or AWS_ACCESS_KEY_ID.",
            ExitCodes.ServiceError),
        AmazonServiceException e => new($"{e.ErrorCode ?? $"HTTP {(int)e.StatusCode}"}: {FirstLine(e.Message)}{RequestId(e)}", ExitCodes.ServiceError),
        _ when TimedOut(error) => new(
            $"no answer from {endpoint} in time: the endpoint accepted the connection but did not respond. Check the URL, or allow more time with --cli-read-timeout.",
            ExitCodes.Error),
        _ when Unreachable(error) is { } network => new($"cannot reach {endpoint}: {FirstLine(network.Message)}", ExitCodes.Error),
        _ when Querying.ExpressionErrors.Evaluation(error) is { } evaluation => new(evaluation, ExitCodes.Usage),
        MissingRuntimeDependencyException e => new($"this installation of awslinq is incomplete: {FirstLine(e.Message)} Reinstall the tool.", ExitCodes.Error),
        NotSupportedException => new(FirstLine(error.Message), ExitCodes.Usage),
        InvalidOperationException or AmazonClientException => new(FirstLine(error.Message), ExitCodes.Error),
        _ => new($"unexpected error: {error.GetType().Name}: {FirstLine(error.Message)} (run with --debug for details)", ExitCodes.Error),
    };

    public static string FirstLine(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }

    private static Exception? Unreachable(Exception error)
    {
        // The SDK rethrows transport failures as they are, after its retries, sometimes wrapped once.
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or SocketException)
            {
                return e;
            }
        }

        return null;
    }

    // HttpClient reports its Timeout as a cancellation caused by a TimeoutException, which the listing may wrap again
    // (ListingInterruptedException) around the socket error of the read it cut short: the timeout is the cause to report.
    private static bool TimedOut(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    private static string RequestId(AmazonServiceException e) =>
        string.IsNullOrEmpty(e.RequestId) ? string.Empty : $" (request id {e.RequestId})";
}
