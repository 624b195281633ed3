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

    protected S3Bucket RequireBucket(S3Request request)
    {
        var name = request.Bucket ?? throw S3Errors.NotImplemented(request.Method);
        return S3.FindBucket(name) ?? throw S3Errors.NoSuchBucket(name);
    }
}
