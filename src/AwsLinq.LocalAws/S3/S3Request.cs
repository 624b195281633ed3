using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3;

/// <summary>An S3 request with its bucket and key taken from the path or the Host header.</summary>
internal sealed class S3Request(HttpContext context, string? bucket, string? key)
{
    public HttpContext Context { get; } = context;

    public string Method => Context.Request.Method;

    public bool IsHead => HttpMethods.IsHead(Method);

    public string? Bucket { get; } = bucket;

    public string? Key { get; } = key;

    public IQueryCollection Query => Context.Request.Query;

    public CancellationToken Aborted => Context.RequestAborted;

    /// <summary>What the request log records, by AWS API parameter name; operations add what they parse.</summary>
    public Dictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal);

    public bool HasQuery(string name) => Query.ContainsKey(name);

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value.ToString() : null;

    public string? Header(string name) =>
        Context.Request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;

    public IEnumerable<KeyValuePair<string, string>> HeadersStartingWith(string prefix) =>
        Context.Request.Headers
            .Where(h => h.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(h => KeyValuePair.Create(h.Key.ToLowerInvariant(), h.Value.ToString()));

    public async Task<byte[]> ReadBodyAsync()
    {
        using var buffer = new MemoryStream();
        await Context.Request.Body.CopyToAsync(buffer, Aborted).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
