using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary><c>HEAD /bucket</c>: 200 with the bucket's region, or a bare 404.</summary>
internal sealed class HeadBucketOperation(LocalS3 s3) : S3Operation(s3)
{
    public override string Name => "HeadBucket";

    public override S3Route Route { get; } = S3Route.Bucket(HttpMethods.Head);

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var response = new ServiceResponse(200);
        response.Headers["x-amz-bucket-region"] = bucket.Region;
        return Task.FromResult(response);
    }
}
