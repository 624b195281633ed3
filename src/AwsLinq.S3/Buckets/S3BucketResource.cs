using System.Reflection;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.S3.Buckets;

/// <summary>The account's buckets, listed with <c>ListBuckets</c>.</summary>
internal sealed class S3BucketResource(IAmazonS3 client)
    : AwsResource<S3Bucket>("S3", "ListBuckets", new PageSizeRange("MaxBuckets", 1, 10000))
{
    private static readonly PropertyInfo NameProperty = typeof(S3Bucket).GetProperty(nameof(S3Bucket.BucketName))!;
    private static readonly PropertyInfo RegionProperty = typeof(S3Bucket).GetProperty(nameof(S3Bucket.BucketRegion))!;

    public IAmazonS3 Client { get; } = client;

    public override ResourceTranslation<S3Bucket> Translate(ResourceQuery<S3Bucket> query)
    {
        string? prefix = null, region = null;
        var conflict = false;
        var pushdown = new Pushdown[query.Predicates.Count];
        for (var i = 0; i < pushdown.Length; i++)
        {
            var item = query.Predicates[i].Parameters[0];
            var body = query.Predicates[i].Body;
            if (StringPredicate.Match(body, item, NameProperty) is { Kind: StringPredicateKind.StartsWith or StringPredicateKind.Equals } startsWith)
            {
                // Two prefixes ANDed: the longer one, if it starts with the other; otherwise nothing matches.
                var value = startsWith.Value;
                conflict |= prefix is not null && !value.StartsWith(prefix, StringComparison.Ordinal) && !prefix.StartsWith(value, StringComparison.Ordinal);
                prefix = prefix is null || value.Length > prefix.Length ? value : prefix;

                // A name is listed as the prefix it is, then re-checked.
                pushdown[i] = startsWith.Kind == StringPredicateKind.StartsWith ? Pushdown.Exact : Pushdown.Superset;
            }
            else if (StringPredicate.Match(body, item, RegionProperty) is { Kind: StringPredicateKind.Equals } inRegion)
            {
                conflict |= region is not null && region != inRegion.Value;
                region = inRegion.Value;
                pushdown[i] = Pushdown.Exact;
            }
            else
            {
                pushdown[i] = Pushdown.None;
            }
        }

        // S3 reports BucketRegion only when ListBuckets is sent with a parameter (it then pages).
        var readsRegion = query.Reads(RegionProperty);
        return new S3BucketTranslation(this, conflict, prefix, region, readsRegion, pushdown);
    }

    public override string Describe() => "S3 ListBuckets";
}
