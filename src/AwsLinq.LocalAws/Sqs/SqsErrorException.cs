using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// An SQS error to answer with. <see cref="Type"/> goes into the body's <c>__type</c>, which the SDK uses to pick
/// the exception class; the code goes into <c>x-amzn-query-error</c>, which becomes its ErrorCode.
/// </summary>
internal sealed class SqsErrorException(string type, string queryCode, string message, int statusCode = 400)
    : ServiceException(statusCode, queryCode, message)
{
    /// <summary>The shape id, for example <c>com.amazonaws.sqs#QueueDoesNotExist</c>.</summary>
    public string Type { get; } = type;

    /// <summary>Client errors are the sender's fault, server errors the receiver's: the second half of the header.</summary>
    public string Fault => StatusCode < 500 ? "Sender" : "Receiver";
}
