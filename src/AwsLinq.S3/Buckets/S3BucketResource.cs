using System.Linq.Expressions;
using System.Reflection;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.S3.Buckets;

/// <summary>The account's buckets, listed with <c>ListBuckets</c>.</summary>
/// <remarks>
/// <c>Prefix</c>, <c>BucketRegion</c> and <c>MaxBuckets</c> came to S3 in 2024, and several S3-compatible servers
/// ignore them: every bucket predicate sent is also re-checked in memory.
/// </remarks>
internal sealed class S3BucketResource : AwsResource<S3Bucket>
{
    private static readonly PropertyInfo NameProperty = typeof(S3Bucket).GetProperty(nameof(S3Bucket.BucketName))!;
    private static readonly PropertyInfo RegionProperty = typeof(S3Bucket).GetProperty(nameof(S3Bucket.BucketRegion))!;
    private readonly ListingOperation<ListBucketsRequest, ListBucketsResponse, S3Bucket> _list;

    public S3BucketResource(IAmazonS3 client)
        : base(client, "S3", "ListBuckets", new PageSizeRange("MaxBuckets", 1, 10000))
    {
        Client = client;

        // ListBuckets has no IsTruncated: the token alone says whether more follow.
        _list = new(client.ListBucketsAsync, r => r.Buckets, r => r.ContinuationToken, (r, token) => r.ContinuationToken = token);
    }

    public IAmazonS3 Client { get; }

    public override ResourceTranslation<S3Bucket> Translate(ResourceQuery<S3Bucket> query)
    {
        var prefix = new PrefixPushdown(NameProperty, recheck: true);
        var region = new RegionPushdown();
        var pushdown = query.Translate(prefix, region);
        if (prefix.Conflict || region.Conflict)
        {
            return ResourceTranslation<S3Bucket>.MatchesNothing(pushdown);
        }

        // S3 reports BucketRegion only when ListBuckets is sent with a parameter (it then pages).
        var readsRegion = query.Reads(RegionProperty);
        return new(pushdown, limits =>
        {
            var maxBuckets = PageSize.For(limits);
            if (readsRegion && prefix.Prefix is null && region.Region is null && maxBuckets is null)
            {
                maxBuckets = PageSize.Maximum;
            }

            var request = new ListingRequest<ListBucketsRequest>()
                .Add("Prefix", prefix.Prefix, (r, v) => r.Prefix = v)
                .Add("BucketRegion", region.Region, (r, v) => r.BucketRegion = v)
                .Add("MaxBuckets", maxBuckets, (r, v) => r.MaxBuckets = v);
            return [_list.Segment(request)];
        });
    }

    public override string Describe() => "S3 ListBuckets";

    /// <summary><c>b.BucketRegion == r</c> as <c>BucketRegion</c>, re-checked in memory.</summary>
    private sealed class RegionPushdown : IPredicatePushdown
    {
        public string? Region { get; private set; }

        public bool Conflict { get; private set; }

        public Pushdown? TryAdd(Expression predicate, ParameterExpression item)
        {
            if (StringPredicate.Match(predicate, item, RegionProperty) is not { Kind: StringPredicateKind.Equals } inRegion)
            {
                return null;
            }

            Conflict |= Region is not null && Region != inRegion.Value;
            Region = inRegion.Value;
            return Pushdown.Superset;
        }
    }
}
