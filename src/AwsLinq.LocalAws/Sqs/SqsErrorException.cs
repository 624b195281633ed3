using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// An SQS error to answer with, in either protocol. <see cref="Type"/> goes into the JSON body's <c>__type</c>, which
/// the SDK uses to pick the exception class; the code goes into <c>x-amzn-query-error</c> (JSON) or the error body's
/// <c>Code</c> (query), which becomes its ErrorCode.
/// </summary>
internal sealed class SqsErrorException(string type, string queryCode, string message, int statusCode = 400, string? queryMessage = null)
    : ServiceException(statusCode, queryCode, message)
{
    /// <summary>The shape id, for example <c>com.amazonaws.sqs#QueueDoesNotExist</c>.</summary>
    public string Type { get; } = type;

    /// <summary>The message the query protocol sends, where SQS words it otherwise there.</summary>
    public string QueryMessage { get; } = queryMessage ?? message;

    /// <summary>Client errors are the sender's fault, server errors the receiver's: the second half of the header.</summary>
    public string Fault => StatusCode < 500 ? "Sender" : "Receiver";
}
