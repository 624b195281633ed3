using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.S3.Keys;

namespace AwsLinq.S3.Uploads;

/// <summary>
/// The multipart uploads in progress in one bucket, listed with <c>ListMultipartUploads</c>: by key in UTF-8 byte
/// order, then by when they began, paged with <c>KeyMarker</c> and <c>UploadIdMarker</c>.
/// </summary>
internal sealed class S3UploadResource(IAmazonS3 client, string bucketName) : KeyedResource<MultipartUpload, ListMultipartUploadsRequest, ListMultipartUploadsResponse>(
    client,
    bucketName,
    "ListMultipartUploads",
    new PageSizeRange("MaxUploads", 1, 1000),
    u => u.Key,
    new()
    {
        Send = client.ListMultipartUploadsAsync,
        Items = r => r.MultipartUploads,
        IsTruncated = r => r.IsTruncated,
        NextKeyMarker = r => r.NextKeyMarker,
        NextIdMarker = r => r.NextUploadIdMarker,
        Bucket = (r, v) => r.BucketName = v,
        Prefix = (r, v) => r.Prefix = v,
        KeyMarker = (r, v) => r.KeyMarker = v,
        IdMarker = (r, v) => r.UploadIdMarker = v,
        PageSize = (r, v) => r.MaxUploads = v,
    });
