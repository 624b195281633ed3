using System.Globalization;
using System.Runtime.CompilerServices;
using Amazon.S3.Model;

namespace AwsLinq.S3.Buckets;

/// <summary>The single <c>ListBuckets</c> listing of a bucket query, or none when its filters conflict.</summary>
internal sealed class S3BucketTranslation(S3BucketResource resource, bool conflict, string? prefix, string? region, bool readsRegion, Pushdown[] pushdown)
    : ResourceTranslation<S3Bucket>(pushdown)
{
    public override IReadOnlyList<ListingSegment<S3Bucket>> CreateSegments(ListingLimits limits)
    {
        if (conflict)
        {
            return [];
        }

        var maxBuckets = resource.PageSize.For(limits);
        if (readsRegion && prefix is null && region is null && maxBuckets is null)
        {
            maxBuckets = resource.PageSize.Maximum;
        }

        var parameters = new List<KeyValuePair<string, string>>();
        if (prefix is not null)
        {
            parameters.Add(new("Prefix", prefix));
        }

        if (region is not null)
        {
            parameters.Add(new("BucketRegion", region));
        }

        if (maxBuckets is int max)
        {
            parameters.Add(new("MaxBuckets", max.ToString(CultureInfo.InvariantCulture)));
        }

        return [new ListingSegment<S3Bucket>(parameters, cancellationToken => Pages(maxBuckets, cancellationToken))];
    }

    private async IAsyncEnumerable<ResourcePage<S3Bucket>> Pages(int? maxBuckets, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListBucketsRequest { Prefix = prefix, BucketRegion = region, MaxBuckets = maxBuckets };
        var responses = resource.Client.Paginators.ListBuckets(request).Responses;
        await foreach (var response in responses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // ListBuckets has no IsTruncated: the token alone says whether more follow.
            yield return new ResourcePage<S3Bucket>(response.Buckets ?? [], response.ContinuationToken, response.ContinuationToken is not null);
        }
    }
}
