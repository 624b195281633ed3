using System.Linq.Expressions;
using System.Reflection;
using Amazon.S3;
using AwsLinq.S3.Batch;

namespace AwsLinq.S3.Keys;

/// <summary>
/// A bucket listing of items that share keys, paged with a key marker and an id marker (<c>ListObjectVersions</c>,
/// <c>ListMultipartUploads</c>): key prefixes, exact keys and key ranges push down as for objects, and S3 lists by key
/// in UTF-8 byte order, several items per key. A resource declares its operation and where the SDK's types keep the
/// parameters and markers (<see cref="KeyedListing{TRequest, TResponse, TItem}"/>).
/// </summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
/// <typeparam name="TRequest">The SDK request type.</typeparam>
/// <typeparam name="TResponse">The SDK response type.</typeparam>
internal abstract class KeyedResource<TItem, TRequest, TResponse> : AwsResource<TItem>, IBucketResource
    where TItem : class
    where TRequest : new()
{
    private readonly PropertyInfo _keyProperty;
    private readonly Func<TItem, string> _keyOf;
    private readonly KeyedListing<TRequest, TResponse, TItem> _fields;
    private readonly ListingOperation<TRequest, TResponse, TItem> _list;

    protected KeyedResource(
        IAmazonS3 client, string bucketName, string operation, PageSizeRange pageSize, Expression<Func<TItem, string>> key, KeyedListing<TRequest, TResponse, TItem> fields)
        : base(client, "S3", operation, pageSize)
    {
        Client = client;
        BucketName = bucketName;
        _keyProperty = (PropertyInfo)((MemberExpression)key.Body).Member;
        _keyOf = key.Compile();
        Order = new(key, Utf8Comparer.Instance) { KeysRepeat = true };
        _fields = fields;

        // The two markers travel as one token, checked and resumed by the core's page loop as any other.
        _list = new(
            fields.Send,
            fields.Items,
            r => MarkerToken.Join(fields.NextKeyMarker(r), fields.NextIdMarker(r)),
            (r, token) =>
            {
                var (keyMarker, idMarker) = MarkerToken.Split(token);
                fields.KeyMarker(r, keyMarker);
                fields.IdMarker(r, idMarker);
            },
            fields.IsTruncated);
    }

    public IAmazonS3 Client { get; }

    public string BucketName { get; }

    public IReadOnlyList<string> BucketNames => [BucketName];

    public override ListingOrder<TItem> Order { get; }

    public override ResourceTranslation<TItem> Translate(ResourceQuery<TItem> query)
    {
        var keys = new KeyQuery<TItem>(_keyProperty, keysRepeat: true);
        var pushdown = keys.Translate(query);
        return new(pushdown, limits => keys.Ranges.Select(range => range.Narrow(_list.Segment(Request(range, limits)), _keyOf)).ToList())
        {
            StopWhen = keys.StopWhen,
        };
    }

    public override string Describe() => $"S3 {Operation} of bucket '{BucketName}'";

    // KeyMarker alone resumes after every version or upload of its key: the key bounds give one only for keys wholly passed.
    private ListingRequest<TRequest> Request(KeyRange range, ListingLimits limits) =>
        new ListingRequest<TRequest>()
            .Add("Bucket", BucketName, _fields.Bucket)
            .Add("Prefix", range.Prefix, _fields.Prefix)
            .Add("KeyMarker", range.After, _fields.KeyMarker)
            .Add(PageSize.Parameter, PageSize.For(limits), _fields.PageSize);
}
