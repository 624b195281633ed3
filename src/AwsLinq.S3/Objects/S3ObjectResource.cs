using System.Reflection;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.S3.Objects;

/// <summary>The objects of one bucket, listed with <c>ListObjectsV2</c> in ascending UTF-8 key order.</summary>
internal sealed class S3ObjectResource : AwsResource<S3Object>
{
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
        var keys = new KeySpans();
        var bounds = new KeyBounds();
        var pushdown = query.Translate(keys, bounds);
        var fetchOwner = query.Reads(OwnerProperty);
        return new(pushdown, limits => Segments(keys.Keys, bounds.StartAfter, fetchOwner, limits)) { StopWhen = bounds.StopWhen };
    }

    public override string Describe() => $"S3 ListObjectsV2 of bucket '{BucketName}'";

    // One listing per key span, in key order: their items come out as one listing of the whole bucket would give them.
    private List<ListingSegment<S3Object>> Segments(KeySet keys, string? startAfter, bool fetchOwner, ListingLimits limits)
    {
        var segments = new List<ListingSegment<S3Object>>();
        foreach (var span in keys.Spans)
        {
            var insideSpan = startAfter is not null && span.IsPrefix && startAfter.StartsWith(span.Start, StringComparison.Ordinal);
            if (startAfter is not null && Utf8Comparer.Instance.Compare(startAfter, span.Start) >= 0 && !insideSpan)
            {
                // Every key of this span sorts at or before StartAfter.
                continue;
            }

            var request = new ListingRequest<ListObjectsV2Request>()
                .Add("Bucket", BucketName, (r, v) => r.BucketName = v)
                .Add("Prefix", span.Start.Length > 0 ? span.Start : null, (r, v) => r.Prefix = v)
                .Add("StartAfter", insideSpan ? startAfter : null, (r, v) => r.StartAfter = v)
                .Add("MaxKeys", span.IsPrefix ? PageSize.For(limits) : 1, (r, v) => r.MaxKeys = v)
                .Add("FetchOwner", fetchOwner, r => r.FetchOwner = true);

            // Key == k is listed as Prefix=k, MaxKeys=1: k sorts before every longer key it is a prefix of.
            segments.Add(span.IsPrefix
                ? _list.Segment(request)
                : _list.Segment(request) with { MaxItems = 1, Accept = o => string.Equals(o.Key, span.Start, StringComparison.Ordinal) });
        }

        return segments;
    }
}
