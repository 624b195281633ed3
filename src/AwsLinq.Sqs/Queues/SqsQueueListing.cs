using System.Reflection;
using Amazon.SQS;

namespace AwsLinq.Sqs.Queues;

/// <summary>
/// A listing of queue URLs (<c>ListQueues</c>, <c>ListDeadLetterSourceQueues</c>): its items are <see cref="SqsQueue"/>s
/// whose attributes and tags are filled per queue only when a query reads them, and its queues take the same batch
/// actions. SQS sends no order for either listing, so none is declared.
/// </summary>
internal abstract class SqsQueueListing : AwsResource<SqsQueue>
{
    protected SqsQueueListing(IAmazonSQS client, string operation, int maxConcurrency)
        : base(client, "SQS", operation, new PageSizeRange("MaxResults", 1, 1000))
    {
        Client = client;
        MaxConcurrency = maxConcurrency;
        var details = new QueueDetailsReader(client);
        FollowUps =
        [
            new(QueueAttributes.ByProperty.Keys, read => details.Attributes(read.Select(p => QueueAttributes.ByProperty[(PropertyInfo)p])), () => MaxConcurrency),
            new([QueueAttributes.Tags], _ => details.Tags(), () => MaxConcurrency),
        ];
    }

    public IAmazonSQS Client { get; }

    public int MaxConcurrency { get; }

    public override IReadOnlyList<ItemFollowUp<SqsQueue>> FollowUps { get; }

    /// <summary>
    /// MaxResults, always sent: without it SQS returns at most 1000 queues and no token, losing the rest. It is the
    /// user's page size or the items the query still needs, whichever is smaller.
    /// </summary>
    protected int MaxResults(ListingLimits limits) => PageSize.For(limits) ?? PageSize.Maximum;
}
