using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary><c>DELETE /bucket/key?uploadId=...</c>: drops the upload and its parts; 204.</summary>
internal sealed class AbortMultipartUploadOperation(LocalS3 s3) : S3Operation(s3)
{
    private static readonly (string Query, string Api)[] Logged = [("uploadId", "UploadId")];

    public override string Name => "AbortMultipartUpload";

    public override S3Route Route { get; } = S3Route.Object(HttpMethods.Delete, "uploadId");

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        bucket.Uploads.Remove(RequireUpload(bucket, request));
        return Task.FromResult(new ServiceResponse(204));
    }
}
