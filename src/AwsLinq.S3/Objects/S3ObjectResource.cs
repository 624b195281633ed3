using System.Linq.Expressions;
using System.Reflection;
using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.S3.Batch;
using AwsLinq.S3.Keys;

namespace AwsLinq.S3.Objects;

/// <summary>
/// The objects of one bucket, or of several one after another, listed with <c>ListObjectsV2</c> in ascending UTF-8
/// key order within each bucket.
/// </summary>
internal sealed class S3ObjectResource : AwsResource<S3Object>, IBucketResource
{
    private static readonly PropertyInfo KeyProperty = typeof(S3Object).GetProperty(nameof(S3Object.Key))!;
    private static readonly PropertyInfo OwnerProperty = typeof(S3Object).GetProperty(nameof(S3Object.Owner))!;
    // What parallel listings split folders at: the separator of the S3 console and of nearly every key layout.
    private const string Delimiter = "/";

    // Per bucket: a page's objects name the bucket they were asked of.
    private readonly Dictionary<string, ListingOperation<ListObjectsV2Request, ListObjectsV2Response, S3Object>> _list = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ListingOperation<ListObjectsV2Request, ListObjectsV2Response, KeyEntry<S3Object>>> _entries = new(StringComparer.Ordinal);

    public S3ObjectResource(IAmazonS3 client, IReadOnlyList<string> bucketNames)
        : base(client, "S3", "ListObjectsV2", new PageSizeRange("MaxKeys", 1, 1000))
    {
        Client = client;
        BucketNames = bucketNames;
        foreach (var bucket in bucketNames)
        {
            _list[bucket] = new(ListAsync, r => Objects(r, bucket), r => r.NextContinuationToken, (r, token) => r.ContinuationToken = token, r => r.IsTruncated);
            _entries[bucket] = new(ListAsync, r => Entries(r, bucket), r => r.NextContinuationToken, (r, token) => r.ContinuationToken = token, r => r.IsTruncated);
        }
    }

    public IAmazonS3 Client { get; }

    /// <summary>Gets the buckets, in the order their objects are listed.</summary>
    public IReadOnlyList<string> BucketNames { get; }

    // S3 lists keys in strictly ascending UTF-8 byte order, bucket by bucket.
    public override ListingOrder<S3Object> Order { get; } = new(o => o.Key, Utf8Comparer.Instance);

    public override ResourceTranslation<S3Object> Translate(ResourceQuery<S3Object> query)
    {
        var keys = new KeyQuery<S3Object>(KeyProperty);
        var buckets = new BucketPicker(BucketNames);
        var pushdown = keys.Translate(query, buckets);
        var fetchOwner = query.Reads(OwnerProperty);
        var picked = buckets.Picked;
        return picked.Count == 0
            ? ResourceTranslation<S3Object>.MatchesNothing(pushdown)
            : new(pushdown, limits => [.. picked.SelectMany(bucket => keys.Ranges.Select(range => Segment(bucket, range, fetchOwner, limits) with { Source = Several(bucket) }))])
            {
                // Each bucket's keys are in order on their own: an upper bound ends one bucket's listing (its source),
                // not the next one's.
                StopWhen = keys.StopWhen,
            };
    }

    // In a query over several buckets, each bucket's listings are a source of their own, and errors name it.
    private string? Several(string bucket) => BucketNames.Count > 1 ? $"bucket '{bucket}'" : null;

    // Keys are in order within a bucket only.
    public override bool IsNativeOrder(LambdaExpression keySelector) => BucketNames.Count == 1 && base.IsNativeOrder(keySelector);

    public override string Describe() => BucketNames is [var only]
        ? $"S3 ListObjectsV2 of bucket '{only}'"
        : $"S3 ListObjectsV2 of buckets {string.Join(", ", BucketNames.Select(b => $"'{b}'"))}";

    private ListingSegment<S3Object> Segment(string bucket, KeyRange range, bool fetchOwner, ListingLimits limits)
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
                    Folders = new(Delimiter, (prefix, after) => _entries[bucket].Segment(Request(prefix, after, PageSize.For(limits)).Add("Delimiter", Delimiter, (r, v) => r.Delimiter = v))),
                },
            }
            : segment with { MaxItems = 1 };

        ListingSegment<S3Object> Listing(string? prefix, string? after) =>
            _list[bucket].Segment(Request(prefix, after, span.IsPrefix ? PageSize.For(limits) : 1));

        ListingRequest<ListObjectsV2Request> Request(string? prefix, string? after, int? maxKeys) => new ListingRequest<ListObjectsV2Request>()
            .Add("Bucket", bucket, (r, v) => r.BucketName = v)
            .Add("Prefix", string.IsNullOrEmpty(prefix) ? null : prefix, (r, v) => r.Prefix = v)
            .Add("StartAfter", after, (r, v) => r.StartAfter = v)
            .Add("MaxKeys", maxKeys, (r, v) => r.MaxKeys = v)
            .Add("FetchOwner", fetchOwner, r => r.FetchOwner = true);
    }

    // A bucket that does not exist is named: in a query over several, S3's own message does not say which.
    private async Task<ListObjectsV2Response> ListAsync(ListObjectsV2Request request, CancellationToken cancellationToken)
    {
        try
        {
            return await Client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
        }
        catch (NoSuchBucketException e)
        {
            throw new NoSuchBucketException(
                $"The bucket '{request.BucketName}' does not exist: {e.Message}", e, e.ErrorType, e.ErrorCode, e.RequestId, e.StatusCode, e.AmazonId2, e.AmazonCloudFrontId);
        }
    }

    // The page's objects, each naming the bucket it was listed from: predicates on BucketName pick the buckets asked.
    private static IEnumerable<S3Object> Objects(ListObjectsV2Response response, string bucket)
    {
        var objects = response.S3Objects ?? [];
        foreach (var o in objects)
        {
            o.BucketName = bucket;
        }

        return objects;
    }

    // The objects and the common prefixes of a page, merged in key order: every key under a common prefix sorts
    // between the objects around it.
    private static IEnumerable<KeyEntry<S3Object>> Entries(ListObjectsV2Response response, string bucket) =>
        Objects(response, bucket).Select(o => new KeyEntry<S3Object>(o.Key, o))
            .Concat((response.CommonPrefixes ?? []).Select(p => new KeyEntry<S3Object>(p, null)))
            .Order(EntryOrder.Instance);

    private sealed class EntryOrder : IComparer<KeyEntry<S3Object>>
    {
        public static EntryOrder Instance { get; } = new();

        public int Compare(KeyEntry<S3Object>? x, KeyEntry<S3Object>? y) => Utf8Comparer.Instance.Compare(x?.Key, y?.Key);
    }
}
