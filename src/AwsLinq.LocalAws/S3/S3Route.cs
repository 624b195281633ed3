using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3;

/// <summary>
/// Which requests an S3 operation answers: what the path addresses (the service, a bucket or an object), the method,
/// and the sub-resource in the query string (<c>?versioning</c>, <c>?uploads</c>, <c>list-type=2</c>), optionally a
/// header (<c>x-amz-copy-source</c>). A route without a sub-resource matches only requests without one; any other
/// query parameter is left to the operation, as S3 ignores the ones it does not know.
/// </summary>
internal sealed record S3Route(S3Target Target, string Method, string? SubResource = null, string? SubResourceValue = null, string? Header = null)
{
    public static S3Route Service(string method) => new(S3Target.Service, method);

    public static S3Route Bucket(string method, string? subResource = null, string? value = null) =>
        new(S3Target.Bucket, method, subResource, value);

    public static S3Route Object(string method, string? subResource = null) => new(S3Target.Object, method, subResource);

    public S3Route WithHeader(string header) => this with { Header = header };

    public bool Matches(S3Request request)
    {
        var target = request.Bucket is null ? S3Target.Service : request.Key is null ? S3Target.Bucket : S3Target.Object;
        if (target != Target || !HttpMethods.Equals(request.Method, Method))
        {
            return false;
        }

        if (Header is not null && request.Header(Header) is null)
        {
            return false;
        }

        if (SubResourceValue is not null && !string.Equals(request.QueryValue(SubResource!), SubResourceValue, StringComparison.Ordinal))
        {
            return false;
        }

        var present = request.Query.Keys.Where(S3SubResources.Selects);
        return SubResource is null ? !present.Any() : present.SequenceEqual([SubResource], StringComparer.Ordinal);
    }
}
