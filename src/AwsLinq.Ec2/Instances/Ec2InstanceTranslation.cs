using System.Globalization;
using System.Runtime.CompilerServices;
using Amazon.EC2.Model;

namespace AwsLinq.Ec2.Instances;

/// <summary>The one <c>DescribeInstances</c> listing of an instance query, or none when its filters cannot match.</summary>
internal sealed class Ec2InstanceTranslation(Ec2InstanceResource resource, IReadOnlyList<Ec2Filter> filters, bool matchesNothing, Pushdown[] pushdown)
    : ResourceTranslation<Instance>(pushdown)
{
    public override IReadOnlyList<ListingSegment<Instance>> CreateSegments(ListingLimits limits)
    {
        if (matchesNothing)
        {
            return [];
        }

        var maxResults = resource.PageSize.For(limits);
        var parameters = filters
            .Select(f => new KeyValuePair<string, string>("Filter:" + f.Name, string.Join(',', f.Values)))
            .ToList();
        if (maxResults is int max)
        {
            parameters.Add(new("MaxResults", max.ToString(CultureInfo.InvariantCulture)));
        }

        return [new ListingSegment<Instance>(parameters, cancellationToken => Pages(maxResults, cancellationToken))];
    }

    private async IAsyncEnumerable<ResourcePage<Instance>> Pages(int? maxResults, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A new request for every execution: the paginator writes NextToken back into it.
        var request = new DescribeInstancesRequest
        {
            Filters = filters.Count == 0 ? null : filters.Select(f => new Filter(f.Name, [.. f.Values])).ToList(),
            MaxResults = maxResults,
        };
        var responses = resource.Client.Paginators.DescribeInstances(request).Responses;
        await foreach (var response in responses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // Filtered pages can be empty and still carry a token; the SDK leaves empty collections null.
            var instances = (response.Reservations ?? []).SelectMany(r => r.Instances ?? []).ToList();
            yield return new ResourcePage<Instance>(instances, response.NextToken, response.NextToken is not null);
        }
    }
}
