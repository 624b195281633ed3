using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>ListDeadLetterSourceQueues</c>: the queues whose RedrivePolicy names this queue as their dead-letter queue, in name
/// order, paged as ListQueues pages. The answer's member is <c>queueUrls</c>, in lower case, as in SQS's model, and is
/// there even when empty.
/// </summary>
internal sealed class ListDeadLetterSourceQueuesOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "ListDeadLetterSourceQueues";

    public override JsonObject Execute(SqsRequest request)
    {
        var deadLetterQueue = RequireQueue(request);
        var scope = Sqs.UrlOf(deadLetterQueue);
        var page = QueueUrlPages.Read(request, scope);
        var sources = Sqs.Queues.All().Where(q => string.Equals(q.DeadLetterTargetArn(), deadLetterQueue.Arn, StringComparison.Ordinal));
        return QueueUrlPages.Answer(Sqs, sources, "queueUrls", page, scope);
    }
}
