using System.Reflection;
using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.S3.Batch;
using AwsLinq.S3.Keys;

namespace AwsLinq.S3.Objects;

/// <summary>The objects of one bucket, listed with <c>ListObjectsV2</c> in ascending UTF-8 key order.</summary>
internal sealed class S3ObjectResource : AwsResource<S3Object>, IBucketResource
{
    private static readonly PropertyInfo KeyProperty = typeof(S3Object).GetProperty(nameof(S3Object.Key))!;
    private static readonly PropertyInfo OwnerProperty = typeof(S3Object).GetProperty(nameof(S3Object.Owner))!;
    private readonly ListingOperation<ListObjectsV2Request, ListObjectsV2Response, S3Object> _list;

    public S3ObjectResource(IAmazonS3 client, string bucketName)
        : base(client, "S3", "ListObjectsV2", new PageSizeRange("MaxKeys", 1, 1000))
    {
        Client = client;
        BucketName = bucketName;
        _list = new(client.ListObjectsV2Async, r => r.S3Objects, r => r.NextContinuationToken, (r, token) => r.ContinuationToken = token, r => r.IsTruncated);
    }

    public IAmazonS3 Client { get; }

    public string BucketName { get; }

    // S3 lists keys in strictly ascending UTF-8 byte order.
    public override ListingOrder<S3Object> Order { get; } = new(o => o.Key, Utf8Comparer.Instance);

    public override ResourceTranslation<S3Object> Translate(ResourceQuery<S3Object> query)
    {
        var keys = new KeyQuery<S3Object>(KeyProperty);
        var pushdown = keys.Translate(query);
        var fetchOwner = query.Reads(OwnerProperty);
        return new(pushdown, limits => keys.Ranges.Select(range => Segment(range, fetchOwner, limits)).ToList()) { StopWhen = keys.StopWhen };
    }

    public override string Describe() => $"S3 ListObjectsV2 of bucket '{BucketName}'";

    private ListingSegment<S3Object> Segment(KeyRange range, bool fetchOwner, ListingLimits limits)
    {
        var span = range.Span;

        // Key == k is listed as Prefix=k, MaxKeys=1: k sorts before every longer key it is a prefix of. A prefix can be
        // listed from after any key, so WithDegreeOfParallelism can split it.
        var segment = range.Narrow(Listing(range.After), o => o.Key);
        return span.IsPrefix
            ? segment with { Ranges = new(range.Prefix ?? string.Empty, Listing) }
            : segment with { MaxItems = 1 };

        ListingSegment<S3Object> Listing(string? after) => _list.Segment(new ListingRequest<ListObjectsV2Request>()
            .Add("Bucket", BucketName, (r, v) => r.BucketName = v)
            .Add("Prefix", range.Prefix, (r, v) => r.Prefix = v)
            .Add("StartAfter", after, (r, v) => r.StartAfter = v)
            .Add("MaxKeys", span.IsPrefix ? PageSize.For(limits) : 1, (r, v) => r.MaxKeys = v)
            .Add("FetchOwner", fetchOwner, r => r.FetchOwner = true));
    }
}
