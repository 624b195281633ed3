using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.S3;

/// <summary>One S3 API operation: its route, the query parameters it logs, and how it answers.</summary>
internal abstract class S3Operation(LocalS3 s3) : ServiceOperation<S3Request>
{
    private static readonly (string Query, string Api)[] NoQuery = [];

    public abstract S3Route Route { get; }

    /// <summary>Query parameters recorded in the request log, as (query string name, AWS API name).</summary>
    public virtual IReadOnlyList<(string Query, string Api)> LoggedQuery => NoQuery;

    protected LocalS3 S3 { get; } = s3;

    public override bool Matches(S3Request request) => Route.Matches(request);

    public override void Log(S3Request request)
    {
        foreach (var (query, api) in LoggedQuery)
        {
            if (request.QueryValue(query) is { } value)
            {
                request.Logged[api] = value;
            }
        }
    }

    /// <summary>The upload the request's uploadId names for its key, or NoSuchUpload.</summary>
    protected static MultipartUpload RequireUpload(S3Bucket bucket, S3Request request)
    {
        var id = request.QueryValue("uploadId") ?? string.Empty;
        return bucket.Uploads.Find(id, request.Key!) ?? throw S3Errors.NoSuchUpload(id);
    }

    /// <summary>
    /// The version a request's <c>versionId</c> names, or the current object: NoSuchKey (with the delete marker in the
    /// headers), NoSuchVersion, MethodNotAllowed for a delete marker, or InvalidArgument for a malformed id, as S3 answers.
    /// </summary>
    protected static StoredObject RequireVersion(S3Bucket bucket, S3Request request)
    {
        var key = request.Key!;
        if (request.QueryValue("versionId") is not { } versionId)
        {
            var newest = bucket.Objects.Newest(key);
            return newest is { IsDeleteMarker: false } ? newest : throw S3Errors.NoSuchKey(key, newest);
        }

        if (!VersionIds.IsWellFormed(versionId))
        {
            throw S3Errors.InvalidVersionId("versionId", versionId);
        }

        var version = bucket.Objects.FindVersion(key, versionId) ?? throw S3Errors.NoSuchVersion(key, versionId);
        return version.IsDeleteMarker ? throw S3Errors.DeleteMarkerNotAllowed(request.Method, version) : version;
    }

    /// <summary>Sends the version id, as S3 does for every object of a bucket whose versioning was ever enabled.</summary>
    protected static ServiceResponse WithVersionId(ServiceResponse response, S3Bucket bucket, StoredObject version)
    {
        if (bucket.Versioning != BucketVersioning.Unversioned)
        {
            response.Headers["x-amz-version-id"] = version.VersionId;
        }

        return response;
    }

    protected S3Bucket RequireBucket(S3Request request)
    {
        var name = request.Bucket ?? throw S3Errors.NotImplemented(request.Method);
        return S3.FindBucket(name) ?? throw S3Errors.NoSuchBucket(name);
    }
}
