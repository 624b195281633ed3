using System.Globalization;
using System.Runtime.CompilerServices;
using Amazon.SQS.Model;

namespace AwsLinq.Sqs.Queues;

/// <summary>The one <c>ListQueues</c> listing of a queue query, and its per-queue follow-up calls.</summary>
internal sealed class SqsQueueTranslation(
    SqsQueueResource resource, bool conflict, string? prefix, QueueDetailsReader? details, bool[] needsDetails, Pushdown[] pushdown)
    : ResourceTranslation<SqsQueue>(pushdown)
{
    private readonly ItemFollowUp<SqsQueue>? _followUp = details is null
        ? null
        : new ItemFollowUp<SqsQueue>(details.CompleteAsync, resource.MaxConcurrency, $"{details.Describe()} per queue, at most {resource.MaxConcurrency} at once");

    public override ItemFollowUp<SqsQueue>? FollowUp => _followUp;

    public override bool NeedsFollowUp(int index) => needsDetails[index];

    public override IReadOnlyList<ListingSegment<SqsQueue>> CreateSegments(ListingLimits limits)
    {
        if (conflict)
        {
            return [];
        }

        // Always sent: without MaxResults SQS returns at most 1000 queues and no token, losing the rest.
        var maxResults = resource.PageSize.For(limits) ?? resource.PageSize.Maximum;
        var parameters = new List<KeyValuePair<string, string>>();
        if (prefix is not null)
        {
            parameters.Add(new("QueueNamePrefix", prefix));
        }

        parameters.Add(new("MaxResults", maxResults.ToString(CultureInfo.InvariantCulture)));
        return [new ListingSegment<SqsQueue>(parameters, cancellationToken => Pages(maxResults, cancellationToken))];
    }

    private async IAsyncEnumerable<ResourcePage<SqsQueue>> Pages(int maxResults, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListQueuesRequest { QueueNamePrefix = prefix, MaxResults = maxResults };
        var responses = resource.Client.Paginators.ListQueues(request).Responses;
        await foreach (var response in responses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var queues = (response.QueueUrls ?? []).Select(url => new SqsQueue(url)).ToList();
            yield return new ResourcePage<SqsQueue>(queues, response.NextToken, response.NextToken is not null);
        }
    }
}
