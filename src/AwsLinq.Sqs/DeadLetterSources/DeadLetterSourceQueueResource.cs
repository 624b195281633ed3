using Amazon.SQS;
using Amazon.SQS.Model;
using AwsLinq.Sqs.Queues;

namespace AwsLinq.Sqs.DeadLetterSources;

/// <summary>
/// The queues whose redrive policy sends their failed messages to one dead-letter queue, listed with
/// <c>ListDeadLetterSourceQueues</c>. The operation takes no filter (no prefix, unlike <c>ListQueues</c>), so every
/// predicate runs in memory; MaxResults pages it.
/// </summary>
internal sealed class DeadLetterSourceQueueResource : SqsQueueListing
{
    private readonly ListingOperation<ListDeadLetterSourceQueuesRequest, ListDeadLetterSourceQueuesResponse, SqsQueue> _list;

    public DeadLetterSourceQueueResource(IAmazonSQS client, string deadLetterQueueUrl, int maxConcurrency)
        : base(client, "ListDeadLetterSourceQueues", maxConcurrency)
    {
        DeadLetterQueue = new SqsQueue(deadLetterQueueUrl);
        _list = new(
            client.ListDeadLetterSourceQueuesAsync,
            r => (r.QueueUrls ?? []).Select(url => new SqsQueue(url)),
            r => r.NextToken,
            (r, token) => r.NextToken = token);
    }

    /// <summary>The dead-letter queue whose sources are listed.</summary>
    public SqsQueue DeadLetterQueue { get; }

    public override ResourceTranslation<SqsQueue> Translate(ResourceQuery<SqsQueue> query) =>
        new(query.Translate(), limits =>
        [
            _list.Segment(new ListingRequest<ListDeadLetterSourceQueuesRequest>()
                .Add("QueueUrl", DeadLetterQueue.Url, (r, v) => r.QueueUrl = v)
                .Add("MaxResults", MaxResults(limits), (r, v) => r.MaxResults = v)),
        ]);

    public override string Describe() => $"SQS ListDeadLetterSourceQueues of queue '{DeadLetterQueue.Name}'";
}
