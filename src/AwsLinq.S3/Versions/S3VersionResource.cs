using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.S3.Keys;

namespace AwsLinq.S3.Versions;

/// <summary>
/// The object versions and delete markers of one bucket, listed with <c>ListObjectVersions</c>: by key in UTF-8 byte
/// order, each key's versions newest first, paged with <c>KeyMarker</c> and <c>VersionIdMarker</c>.
/// </summary>
internal sealed class S3VersionResource : KeyedResource<S3ObjectVersion, ListVersionsRequest, ListVersionsResponse>
{
    public S3VersionResource(IAmazonS3 client, string bucketName)
        : base(client, bucketName, "ListObjectVersions", new PageSizeRange("MaxKeys", 1, 1000), v => v.Key)
    {
        List = new(
            client.ListVersionsAsync,
            r => r.Versions,
            r => MarkerToken.Join(r.NextKeyMarker, r.NextVersionIdMarker),
            SetMarkers,
            r => r.IsTruncated);
    }

    protected override ListingOperation<ListVersionsRequest, ListVersionsResponse, S3ObjectVersion> List { get; }

    // KeyMarker alone resumes after every version of that key: the key bounds give it only for keys wholly passed.
    protected override ListingRequest<ListVersionsRequest> Request(KeyRange range, ListingLimits limits) =>
        new ListingRequest<ListVersionsRequest>()
            .Add("Bucket", BucketName, (r, v) => r.BucketName = v)
            .Add("Prefix", range.Prefix, (r, v) => r.Prefix = v)
            .Add("KeyMarker", range.After, (r, v) => r.KeyMarker = v)
            .Add("MaxKeys", PageSize.For(limits), (r, v) => r.MaxKeys = v);

    private static void SetMarkers(ListVersionsRequest request, string token)
    {
        (request.KeyMarker, request.VersionIdMarker) = MarkerToken.Split(token);
    }
}
