using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary><c>DELETE /bucket/key</c>: 204 whether or not the key existed, as S3 answers.</summary>
internal sealed class DeleteObjectOperation(LocalS3 s3) : S3Operation(s3)
{
    private static readonly (string Query, string Api)[] Logged = [("versionId", "VersionId")];

    public override string Name => "DeleteObject";

    public override S3Route Route { get; } = S3Route.Object(HttpMethods.Delete);

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        if (S3.Faults.DeniedDeleteKeys.Contains(request.Key!))
        {
            throw S3Errors.AccessDenied();
        }

        bucket.Objects.Remove(request.Key!);
        return Task.FromResult(new ServiceResponse(204));
    }
}
