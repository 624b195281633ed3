using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary><c>DELETE /bucket</c>: only an empty bucket can go.</summary>
internal sealed class DeleteBucketOperation(LocalS3 s3) : S3Operation(s3)
{
    public override string Name => "DeleteBucket";

    public override S3Route Route { get; } = S3Route.Bucket(HttpMethods.Delete);

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        if (!S3.TryDeleteBucket(bucket))
        {
            throw S3Errors.BucketNotEmpty(bucket.Name);
        }

        return Task.FromResult(new ServiceResponse(204));
    }
}
