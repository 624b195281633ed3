using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>DeleteQueue</c>: the queue and its messages go at once. SQS takes up to 60 seconds and makes a new queue of
/// the same name wait as long; here the name is free again immediately.
/// </summary>
internal sealed class DeleteQueueOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "DeleteQueue";

    public override JsonObject Execute(SqsRequest request)
    {
        Sqs.Queues.Remove(RequireQueue(request));
        return [];
    }
}
