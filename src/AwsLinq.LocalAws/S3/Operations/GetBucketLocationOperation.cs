using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary><c>GET /bucket?location</c>: the region, empty for us-east-1 as S3 answers.</summary>
internal sealed class GetBucketLocationOperation(LocalS3 s3) : S3Operation(s3)
{
    public override string Name => "GetBucketLocation";

    public override S3Route Route { get; } = S3Route.Bucket(HttpMethods.Get, "location");

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var region = bucket.Region == "us-east-1" ? string.Empty : bucket.Region;
        return Task.FromResult(S3Xml.Response(S3Xml.Element("LocationConstraint", region)));
    }
}
