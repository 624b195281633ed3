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
    // What parallel listings split folders at: the separator of the S3 console and of nearly every key layout.
    private const string Delimiter = "/";

    private readonly ListingOperation<ListObjectsV2Request, ListObjectsV2Response, S3Object> _list;
    private readonly ListingOperation<ListObjectsV2Request, ListObjectsV2Response, KeyEntry<S3Object>> _entries;

    public S3ObjectResource(IAmazonS3 client, string bucketName)
        : base(client, "S3", "ListObjectsV2", new PageSizeRange("MaxKeys", 1, 1000))
    {
        Client = client;
        BucketName = bucketName;
        _list = new(client.ListObjectsV2Async, r => r.S3Objects, r => r.NextContinuationToken, (r, token) => r.ContinuationToken = token, r => r.IsTruncated);
        _entries = new(client.ListObjectsV2Async, Entries, r => r.NextContinuationToken, (r, token) => r.ContinuationToken = token, r => r.IsTruncated);
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
        // listed from after any key, and split where its folders part, so WithDegreeOfParallelism can split it.
        var segment = range.Narrow(Listing(range.Prefix, range.After), o => o.Key);
        return span.IsPrefix
            ? segment with
            {
                Ranges = new(range.Prefix ?? string.Empty, Listing)
                {
                    StartAfter = range.After,
                    Folders = new(Delimiter, (prefix, after) => _entries.Segment(Request(prefix, after, PageSize.For(limits)).Add("Delimiter", Delimiter, (r, v) => r.Delimiter = v))),
                },
            }
            : segment with { MaxItems = 1 };

        ListingSegment<S3Object> Listing(string? prefix, string? after) =>
            _list.Segment(Request(prefix, after, span.IsPrefix ? PageSize.For(limits) : 1));

        ListingRequest<ListObjectsV2Request> Request(string? prefix, string? after, int? maxKeys) => new ListingRequest<ListObjectsV2Request>()
            .Add("Bucket", BucketName, (r, v) => r.BucketName = v)
            .Add("Prefix", string.IsNullOrEmpty(prefix) ? null : prefix, (r, v) => r.Prefix = v)
            .Add("StartAfter", after, (r, v) => r.StartAfter = v)
            .Add("MaxKeys", maxKeys, (r, v) => r.MaxKeys = v)
            .Add("FetchOwner", fetchOwner, r => r.FetchOwner = true);
    }

    // The objects and the common prefixes of a page, merged in key order: every key under a common prefix sorts
    // between the objects around it.
    private static IEnumerable<KeyEntry<S3Object>> Entries(ListObjectsV2Response response) =>
        (response.S3Objects ?? []).Select(o => new KeyEntry<S3Object>(o.Key, o))
            .Concat((response.CommonPrefixes ?? []).Select(p => new KeyEntry<S3Object>(p, null)))
            .Order(EntryOrder.Instance);

    private sealed class EntryOrder : IComparer<KeyEntry<S3Object>>
    {
        public static EntryOrder Instance { get; } = new();

        public int Compare(KeyEntry<S3Object>? x, KeyEntry<S3Object>? y) => Utf8Comparer.Instance.Compare(x?.Key, y?.Key);
    }
}
