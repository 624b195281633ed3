using System.Linq.Expressions;
using System.Reflection;
using Amazon.S3;

namespace AwsLinq.S3.Keys;

/// <summary>
/// A bucket listing of items that share keys, paged with a key marker and an id marker (<c>ListObjectVersions</c>,
/// <c>ListMultipartUploads</c>): key prefixes, exact keys and key ranges push down as for objects, and S3 lists by key
/// in UTF-8 byte order, several items per key. A resource declares its operation and how a range becomes a request.
/// </summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
/// <typeparam name="TRequest">The SDK request type.</typeparam>
/// <typeparam name="TResponse">The SDK response type.</typeparam>
internal abstract class KeyedResource<TItem, TRequest, TResponse> : AwsResource<TItem>
    where TItem : class
    where TRequest : new()
{
    private readonly PropertyInfo _keyProperty;
    private readonly Func<TItem, string> _keyOf;

    protected KeyedResource(IAmazonS3 client, string bucketName, string operation, PageSizeRange pageSize, Expression<Func<TItem, string>> key)
        : base(client, "S3", operation, pageSize)
    {
        Client = client;
        BucketName = bucketName;
        _keyProperty = (PropertyInfo)((MemberExpression)key.Body).Member;
        _keyOf = key.Compile();
        Order = new(key, Utf8Comparer.Instance) { KeysRepeat = true };
    }

    public IAmazonS3 Client { get; }

    public string BucketName { get; }

    public override ListingOrder<TItem> Order { get; }

    protected abstract ListingOperation<TRequest, TResponse, TItem> List { get; }

    public override ResourceTranslation<TItem> Translate(ResourceQuery<TItem> query)
    {
        var keys = new KeyQuery<TItem>(_keyProperty, keysRepeat: true);
        var pushdown = keys.Translate(query);
        return new(pushdown, limits => keys.Ranges.Select(range => range.Narrow(List.Segment(Request(range, limits)), _keyOf)).ToList())
        {
            StopWhen = keys.StopWhen,
        };
    }

    public override string Describe() => $"S3 {Operation} of bucket '{BucketName}'";

    /// <summary>The request of one listing: the bucket, the range's prefix and key marker, the page size.</summary>
    protected abstract ListingRequest<TRequest> Request(KeyRange range, ListingLimits limits);
}
