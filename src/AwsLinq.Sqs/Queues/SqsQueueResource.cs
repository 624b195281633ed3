using System.Reflection;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Sqs.Queues;

/// <summary>
/// The account's queues, listed with <c>ListQueues</c>; attributes and tags are filled per queue only when a query
/// reads them.
/// </summary>
internal sealed class SqsQueueResource : AwsResource<SqsQueue>
{
    private static readonly PropertyInfo NameProperty = typeof(SqsQueue).GetProperty(nameof(SqsQueue.Name))!;
    private readonly ListingOperation<ListQueuesRequest, ListQueuesResponse, SqsQueue> _list;

    public SqsQueueResource(IAmazonSQS client, int maxConcurrency)
        : base(client, "SQS", "ListQueues", new PageSizeRange("MaxResults", 1, 1000))
    {
        Client = client;
        MaxConcurrency = maxConcurrency;
        _list = new(client.ListQueuesAsync, r => (r.QueueUrls ?? []).Select(url => new SqsQueue(url)), r => r.NextToken, (r, token) => r.NextToken = token);
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

    public override ResourceTranslation<SqsQueue> Translate(ResourceQuery<SqsQueue> query)
    {
        var prefix = new PrefixPushdown(NameProperty);
        var pushdown = query.Translate(prefix);
        if (prefix.Conflict)
        {
            return ResourceTranslation<SqsQueue>.MatchesNothing(pushdown);
        }

        // MaxResults is always sent: without it SQS returns at most 1000 queues and no token, losing the rest.
        return new(pushdown, limits =>
        [
            _list.Segment(new ListingRequest<ListQueuesRequest>()
                .Add("QueueNamePrefix", prefix.Prefix, (r, v) => r.QueueNamePrefix = v)
                .Add("MaxResults", PageSize.For(limits) ?? PageSize.Maximum, (r, v) => r.MaxResults = v)),
        ]);
    }

    public override string Describe() => "SQS ListQueues";
}
