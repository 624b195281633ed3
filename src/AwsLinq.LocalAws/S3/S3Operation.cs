using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.S3;

/// <summary>One S3 API operation: its name in the request log, the query parameters it logs, and how it answers.</summary>
internal abstract class S3Operation(LocalS3 s3)
{
    private static readonly (string Query, string Api)[] NoQuery = [];

    public abstract string Name { get; }

    /// <summary>Query parameters recorded in the request log, as (query string name, AWS API name).</summary>
    public virtual IReadOnlyList<(string Query, string Api)> LoggedQuery => NoQuery;

    protected LocalS3 S3 { get; } = s3;

    /// <summary>Answers the request, or throws <see cref="S3ErrorException"/> for an S3 error.</summary>
    public abstract Task<ServiceResponse> ExecuteAsync(S3Request request);

    protected S3Bucket RequireBucket(S3Request request)
    {
        var name = request.Bucket ?? throw S3Errors.NotImplemented(request.Method);
        return S3.FindBucket(name) ?? throw S3Errors.NoSuchBucket(name);
    }
}
