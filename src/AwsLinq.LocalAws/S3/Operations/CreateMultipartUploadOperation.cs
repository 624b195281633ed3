using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary><c>POST /bucket/key?uploads</c>: begins a multipart upload, keeping the Content-Type and metadata for the object.</summary>
internal sealed class CreateMultipartUploadOperation(LocalS3 s3) : S3Operation(s3)
{
    public override string Name => "CreateMultipartUpload";

    public override S3Route Route { get; } = S3Route.Object(HttpMethods.Post, "uploads");

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var key = request.Key!;
        if (ObjectKeys.IsTooLong(key))
        {
            throw S3Errors.KeyTooLong();
        }

        var upload = new MultipartUpload(
            key,
            UploadIds.New(),
            StoredObject.Truncate(S3.Now),
            request.Header("Content-Type") ?? StoredObject.DefaultContentType,
            PutObjectOperation.StoredContentEncoding(request.Header("Content-Encoding")),
            request.HeadersStartingWith("x-amz-meta-").ToDictionary(StringComparer.OrdinalIgnoreCase));
        bucket.Uploads.Add([upload]);
        return Task.FromResult(S3Xml.Response(S3Xml.Element(
            "InitiateMultipartUploadResult",
            S3Xml.Element("Bucket", bucket.Name),
            S3Xml.Element("Key", key),
            S3Xml.Element("UploadId", upload.UploadId))));
    }
}
