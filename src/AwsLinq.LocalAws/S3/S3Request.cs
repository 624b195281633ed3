using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3;

/// <summary>An S3 request with its bucket and key taken from the path or the Host header.</summary>
internal sealed class S3Request : ServiceRequest
{
    public S3Request(HttpContext context, string? bucket, string? key)
        : base(context, RequestIds.NewRequestId())
    {
        Bucket = bucket;
        Key = key;
        if (key is not null)
        {
            Logged["Key"] = key;
        }
    }

    /// <summary>S3 names the operation by method, path and sub-resource, so the routes of the operations decide.</summary>
    public override string? OperationName => null;

    public override string Protocol => "rest-xml";

    public override string? Bucket { get; }

    public string? Key { get; }

    /// <summary>The second id S3 sends, in <c>x-amz-id-2</c> and in error bodies.</summary>
    public string HostId { get; } = RequestIds.NewHostId();

    public string Method => Context.Request.Method;

    public bool IsHead => HttpMethods.IsHead(Method);

    public IQueryCollection Query => Context.Request.Query;

    public bool HasQuery(string name) => Query.ContainsKey(name);

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value.ToString() : null;

    public IEnumerable<KeyValuePair<string, string>> HeadersStartingWith(string prefix) =>
        Context.Request.Headers
            .Where(h => h.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(h => KeyValuePair.Create(h.Key.ToLowerInvariant(), h.Value.ToString()));
}
