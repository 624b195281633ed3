using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.S3.Keys;

namespace AwsLinq.S3.Versions;

/// <summary>
/// The object versions and delete markers of one bucket, listed with <c>ListObjectVersions</c>: by key in UTF-8 byte
/// order, each key's versions newest first, paged with <c>KeyMarker</c> and <c>VersionIdMarker</c>.
/// </summary>
internal sealed class S3VersionResource(IAmazonS3 client, string bucketName) : KeyedResource<S3ObjectVersion, ListVersionsRequest, ListVersionsResponse>(
    client,
    bucketName,
    "ListObjectVersions",
    new PageSizeRange("MaxKeys", 1, 1000),
    v => v.Key,
    new()
    {
        Send = client.ListVersionsAsync,
        Items = r => r.Versions,
        IsTruncated = r => r.IsTruncated,
        NextKeyMarker = r => r.NextKeyMarker,
        NextIdMarker = r => r.NextVersionIdMarker,
        Bucket = (r, v) => r.BucketName = v,
        Prefix = (r, v) => r.Prefix = v,
        KeyMarker = (r, v) => r.KeyMarker = v,
        IdMarker = (r, v) => r.VersionIdMarker = v,
        PageSize = (r, v) => r.MaxKeys = v,
    });
