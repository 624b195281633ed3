using System.Reflection;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Sqs.Queues;

/// <summary>
/// The account's queues, listed with <c>ListQueues</c>, with <c>q.Name.StartsWith(p)</c> sent as <c>QueueNamePrefix</c>.
/// </summary>
internal sealed class SqsQueueResource : SqsQueueListing
{
    private static readonly PropertyInfo NameProperty = typeof(SqsQueue).GetProperty(nameof(SqsQueue.Name))!;
    private readonly ListingOperation<ListQueuesRequest, ListQueuesResponse, SqsQueue> _list;

    public SqsQueueResource(IAmazonSQS client, int maxConcurrency)
        : base(client, "ListQueues", maxConcurrency)
    {
        _list = new(client.ListQueuesAsync, r => (r.QueueUrls ?? []).Select(url => new SqsQueue(url)), r => r.NextToken, (r, token) => r.NextToken = token);
    }

    public override ResourceTranslation<SqsQueue> Translate(ResourceQuery<SqsQueue> query)
    {
        var prefix = new PrefixPushdown(NameProperty);
        var pushdown = query.Translate(prefix);
        if (prefix.Conflict)
        {
            return ResourceTranslation<SqsQueue>.MatchesNothing(pushdown);
        }

        return new(pushdown, limits =>
        [
            _list.Segment(new ListingRequest<ListQueuesRequest>()
                .Add("QueueNamePrefix", prefix.Prefix, (r, v) => r.QueueNamePrefix = v)
                .Add("MaxResults", MaxResults(limits), (r, v) => r.MaxResults = v)),
        ]);
    }

    public override string Describe() => "SQS ListQueues";
}
