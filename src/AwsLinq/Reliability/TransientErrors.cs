using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;

namespace AwsLinq;

/// <summary>
/// Which errors are worth asking for the same page again: those that say nothing about the request itself. Told
/// apart by exception type, status and error code, as the SDK's own retry policy does, never by message text.
/// </summary>
internal static class TransientErrors
{
    // The throttling and transient codes AWS services send (the SDK's standard retry mode uses the same list).
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException", "RequestTimeout", "RequestTimeoutException", "InternalError", "InternalFailure",
        "ServiceUnavailable", "Unavailable", "AWS.SimpleQueueService.InternalError", "KMS.ThrottlingException",
    };

    public static bool IsTransient(Exception error, CancellationToken cancellationToken) => error switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => false,

        // A truncated or garbled body (a connection dropped mid-answer) fails to unmarshal.
        AmazonUnmarshallingException => true,
        AmazonServiceException service when (int)service.StatusCode >= 500 || (service.ErrorCode is { } code && Codes.Contains(code)) => true,
        AmazonServiceException { StatusCode: 0 } wrapper when wrapper.InnerException is { } inner => IsTransient(inner, cancellationToken),

        // HttpClient's timeout surfaces as a cancellation the caller did not ask for.
        OperationCanceledException or TimeoutException or HttpRequestException or IOException or SocketException or WebException => true,
        AmazonClientException { InnerException: { } inner } => IsTransient(inner, cancellationToken),
        _ => false,
    };
}
