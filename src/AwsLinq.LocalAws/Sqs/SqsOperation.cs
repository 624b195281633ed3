using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>One SQS API operation: its name in the request log and how it answers.</summary>
internal abstract class SqsOperation(LocalSqs sqs)
{
    public abstract string Name { get; }

    protected LocalSqs Sqs { get; } = sqs;

    /// <summary>Answers with the JSON body of the response, or throws <see cref="SqsErrorException"/>.</summary>
    public abstract JsonObject Execute(SqsRequest request);

    /// <summary>
    /// The queue the request's QueueUrl names. The SDK posts every request to its ServiceURL whatever host the queue
    /// URL has, so a URL for another host, port or account reaches this server and must not find a queue here.
    /// </summary>
    protected SqsQueue RequireQueue(SqsRequest request) =>
        Sqs.FindByUrl(request.RequiredString("QueueUrl")) ?? throw SqsErrors.QueueDoesNotExist();
}
