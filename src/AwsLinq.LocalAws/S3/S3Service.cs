using AwsLinq.LocalAws.Hosting;
using AwsLinq.LocalAws.S3.Operations;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3;

/// <summary>
/// The S3 REST-XML protocol: the method, path and sub-resource pick the operation, and errors come back as S3's XML
/// error body. It claims every request no other service claims.
/// </summary>
internal sealed class S3Service(LocalS3 s3) : ProtocolService<S3Request>("s3", s3.Faults)
{
    protected override NamedErrors Errors { get; } = new(
        (503, "SlowDown", "Please reduce your request rate."),
        (500, "InternalError", "We encountered an internal error. Please try again."),
        (503, "ServiceUnavailable", "Please reduce your request rate."));

    public override bool Claims(HttpRequest request) => true;

    protected override OperationRegistry<S3Request> CreateRegistry() => new(
        [
            new ListBucketsOperation(s3), new CreateBucketOperation(s3), new DeleteBucketOperation(s3),
            new HeadBucketOperation(s3), new GetBucketLocationOperation(s3), new ListObjectsV2Operation(s3),
            new DeleteObjectsOperation(s3),
            new ListObjectsOperation(s3),
            new BucketVersioningOperation(s3, HttpMethods.Get), new BucketVersioningOperation(s3, HttpMethods.Put),
            new ListObjectVersionsOperation(s3),
            new BucketTaggingOperation(s3, HttpMethods.Get), new BucketTaggingOperation(s3, HttpMethods.Put),
            new BucketTaggingOperation(s3, HttpMethods.Delete), new GetObjectAttributesOperation(s3),

            new ListMultipartUploadsOperation(s3), new CreateMultipartUploadOperation(s3),

            // Copies are PUTs to the same paths: their header must be looked at before the routes without it.
            new UploadPartCopyOperation(s3), new UploadPartOperation(s3), new CopyObjectOperation(s3),
            new CompleteMultipartUploadOperation(s3), new AbortMultipartUploadOperation(s3), new ListPartsOperation(s3),
            new ObjectTaggingOperation(s3, HttpMethods.Get), new ObjectTaggingOperation(s3, HttpMethods.Put),
            new ObjectTaggingOperation(s3, HttpMethods.Delete),
            new PutObjectOperation(s3), new GetObjectOperation(s3, headOnly: false), new GetObjectOperation(s3, headOnly: true),
            new DeleteObjectOperation(s3),
        ],
        _ => new UnsupportedOperation(s3, "Unsupported", null));

    protected override Task<S3Request> ReadAsync(HttpContext context) => Task.FromResult(S3RequestReader.Read(context));

    protected override ServiceException Error(int statusCode, string code, string message) => new S3ErrorException(statusCode, code, message);

    protected override ServiceResponse ErrorResponse(S3Request request, ServiceException error) =>
        S3ErrorResponse.Create((S3ErrorException)error, request.IsHead, request.RequestId, request.HostId);

    protected override ServiceException InternalError(Exception cause) => S3Errors.InternalError(cause);

    protected override void AddRequestIds(S3Request request, ServiceResponse response)
    {
        response.Headers["x-amz-request-id"] = request.RequestId;
        response.Headers["x-amz-id-2"] = request.HostId;
    }
}
