using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.S3.Keys;

namespace AwsLinq.S3.Uploads;

/// <summary>
/// The multipart uploads in progress in one bucket, listed with <c>ListMultipartUploads</c>: by key in UTF-8 byte
/// order, then by when they began, paged with <c>KeyMarker</c> and <c>UploadIdMarker</c>.
/// </summary>
internal sealed class S3UploadResource : KeyedResource<MultipartUpload, ListMultipartUploadsRequest, ListMultipartUploadsResponse>
{
    public S3UploadResource(IAmazonS3 client, string bucketName)
        : base(client, bucketName, "ListMultipartUploads", new PageSizeRange("MaxUploads", 1, 1000), u => u.Key)
    {
        List = new(
            client.ListMultipartUploadsAsync,
            r => r.MultipartUploads,
            r => MarkerToken.Join(r.NextKeyMarker, r.NextUploadIdMarker),
            SetMarkers,
            r => r.IsTruncated);
    }

    protected override ListingOperation<ListMultipartUploadsRequest, ListMultipartUploadsResponse, MultipartUpload> List { get; }

    protected override ListingRequest<ListMultipartUploadsRequest> Request(KeyRange range, ListingLimits limits) =>
        new ListingRequest<ListMultipartUploadsRequest>()
            .Add("Bucket", BucketName, (r, v) => r.BucketName = v)
            .Add("Prefix", range.Prefix, (r, v) => r.Prefix = v)
            .Add("KeyMarker", range.After, (r, v) => r.KeyMarker = v)
            .Add("MaxUploads", PageSize.For(limits), (r, v) => r.MaxUploads = v);

    private static void SetMarkers(ListMultipartUploadsRequest request, string token)
    {
        (request.KeyMarker, request.UploadIdMarker) = MarkerToken.Split(token);
    }
}
