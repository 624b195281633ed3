using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>DELETE /bucket/key</c>: 204 whether or not the key existed, as S3 answers. In a versioned bucket it leaves a
/// delete marker; with <c>versionId</c> it deletes that version for good.
/// </summary>
internal sealed class DeleteObjectOperation(LocalS3 s3) : S3Operation(s3)
{
    private static readonly (string Query, string Api)[] Logged = [("versionId", "VersionId")];

    public override string Name => "DeleteObject";

    public override S3Route Route { get; } = S3Route.Object(HttpMethods.Delete);

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var versionId = request.QueryValue("versionId");
        if (versionId is not null && !VersionIds.IsWellFormed(versionId))
        {
            throw S3Errors.InvalidVersionId("versionId", versionId);
        }

        if (S3.Faults.DeniedDeleteKeys.Contains(request.Key!))
        {
            throw S3Errors.AccessDenied();
        }

        var deleted = Delete(S3, bucket, request.Key!, versionId);
        var response = new ServiceResponse(204);
        if (deleted.VersionId is not null)
        {
            response.Headers["x-amz-version-id"] = deleted.VersionId;
        }

        if (deleted.DeleteMarker)
        {
            response.Headers["x-amz-delete-marker"] = "true";
        }

        return Task.FromResult(response);
    }

    /// <summary>
    /// Deletes a key or one version of it, as DeleteObject and each key of DeleteObjects do: the version id the answer
    /// names (the delete marker's, or the one deleted), and whether that is a delete marker.
    /// </summary>
    public static (string? VersionId, bool DeleteMarker) Delete(LocalS3 s3, S3Bucket bucket, string key, string? versionId)
    {
        if (versionId is not null)
        {
            var removed = bucket.Objects.DeleteVersion(key, versionId);
            return (versionId, removed?.IsDeleteMarker == true);
        }

        var marker = bucket.Objects.Delete(key, bucket.Versioning, s3.Now);
        return (marker?.VersionId, marker is not null);
    }
}
