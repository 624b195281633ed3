using System.Reflection;
using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.S3.Keys;

namespace AwsLinq.S3.Folders;

/// <summary>
/// The folders under a prefix of one bucket: the common prefixes of <c>ListObjectsV2</c> with a delimiter, in
/// ascending UTF-8 byte order. The objects directly under the prefix come in the same pages and are passed over.
/// </summary>
internal sealed class S3FolderResource : AwsResource<S3Folder>
{
    private static readonly PropertyInfo PrefixProperty = typeof(S3Folder).GetProperty(nameof(S3Folder.Prefix))!;
    private readonly ListingOperation<ListObjectsV2Request, ListObjectsV2Response, S3Folder> _list;

    public S3FolderResource(IAmazonS3 client, string bucketName, string prefix, string delimiter)
        : base(client, "S3", "ListObjectsV2", new PageSizeRange("MaxKeys", 1, 1000))
    {
        BucketName = bucketName;
        ParentPrefix = prefix;
        Delimiter = delimiter;
        _list = new(
            client.ListObjectsV2Async,
            r => r.CommonPrefixes?.Select(Folder),
            r => r.NextContinuationToken,
            (r, token) => r.ContinuationToken = token,
            r => r.IsTruncated,
            r => r.S3Objects?.Count ?? 0);
    }

    public string BucketName { get; }

    public string ParentPrefix { get; }

    public string Delimiter { get; }

    // A common prefix is listed once, at its place among the keys: strictly ascending.
    public override ListingOrder<S3Folder> Order { get; } = new(f => f.Prefix, Utf8Comparer.Instance);

    public override ResourceTranslation<S3Folder> Translate(ResourceQuery<S3Folder> query)
    {
        var prefix = new FolderPrefixPushdown(ParentPrefix, Delimiter);

        // StartAfter is a key: the folder holding it comes back too, so lower bounds are re-checked.
        var bounds = new KeyBounds<S3Folder>(PrefixProperty, afterIsExact: false);
        var pushdown = query.Translate(prefix, bounds);
        if (prefix.Conflict)
        {
            return ResourceTranslation<S3Folder>.MatchesNothing(pushdown);
        }

        return new(pushdown, limits =>
        {
            var request = new ListingRequest<ListObjectsV2Request>()
                .Add("Bucket", BucketName, (r, v) => r.BucketName = v)
                .Add("Prefix", prefix.Prefix.Length > 0 ? prefix.Prefix : null, (r, v) => r.Prefix = v)
                .Add("Delimiter", Delimiter, (r, v) => r.Delimiter = v)
                .Add("StartAfter", bounds.After, (r, v) => r.StartAfter = v)
                .Add("MaxKeys", PageSize.For(limits), (r, v) => r.MaxKeys = v);
            return [_list.Segment(request)];
        })
        {
            StopWhen = bounds.StopWhen,
        };
    }

    // S3 answers with common prefixes that start with the prefix sent and end with the delimiter.
    private S3Folder Folder(string commonPrefix)
    {
        var named = commonPrefix.Length >= ParentPrefix.Length + Delimiter.Length
            && commonPrefix.StartsWith(ParentPrefix, StringComparison.Ordinal) && commonPrefix.EndsWith(Delimiter, StringComparison.Ordinal);
        return new(BucketName, commonPrefix, named ? commonPrefix[ParentPrefix.Length..^Delimiter.Length] : commonPrefix);
    }

    public override string Describe() => $"S3 ListObjectsV2 of the folders under '{ParentPrefix}' of bucket '{BucketName}'";
}
