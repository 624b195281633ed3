using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AwsLinq.LocalAws.S3;

/// <summary>
/// Finds the bucket and key of a request, path-style (<c>/bucket/key</c>) or virtual-hosted
/// (<c>Host: bucket.localhost:port</c>, <c>/key</c>).
/// </summary>
internal static class S3RequestReader
{
    private const string VirtualHostSuffix = ".localhost";

    public static S3Request Read(HttpContext context)
    {
        // The raw target keeps %2F and dot segments that Kestrel's decoded Path would change; keys may hold both.
        var path = RawPath(context);
        var host = context.Request.Host.Host;
        if (host.EndsWith(VirtualHostSuffix, StringComparison.OrdinalIgnoreCase) && host.Length > VirtualHostSuffix.Length)
        {
            var bucket = host[..^VirtualHostSuffix.Length];
            return new S3Request(context, bucket, NullIfEmpty(Decode(path.TrimStart('/'))));
        }

        var trimmed = path.StartsWith('/') ? path[1..] : path;
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? new S3Request(context, NullIfEmpty(Decode(trimmed)), null)
            : new S3Request(context, NullIfEmpty(Decode(trimmed[..slash])), NullIfEmpty(Decode(trimmed[(slash + 1)..])));
    }

    private static string RawPath(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var query = target.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? target : target[..query];
        return Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute.AbsolutePath
            : path;
    }

    private static string Decode(string segment) => Uri.UnescapeDataString(segment);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
