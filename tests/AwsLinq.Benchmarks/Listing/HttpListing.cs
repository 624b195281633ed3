using System.Text;

namespace AwsLinq.Benchmarks.Listing;

/// <summary>
/// The floor under both SDK loops: the same ListObjectsV2 pages fetched with a bare <see cref="HttpClient"/>, no
/// signing and no XML parsing (the local endpoint checks no signature). It measures the in-process server and
/// the HTTP transport, which every listing pays whatever the client does with the XML.
/// </summary>
internal sealed class HttpListing(Uri serviceUrl) : IDisposable
{
    private static readonly byte[] ContentsTag = "<Contents>"u8.ToArray();
    private static readonly byte[] TokenStart = "<NextContinuationToken>"u8.ToArray();
    private static readonly byte[] TokenEnd = "</NextContinuationToken>"u8.ToArray();

    private readonly HttpClient _http = new() { BaseAddress = serviceUrl };

    public async Task<int> CountAsync(string bucket, string prefix)
    {
        var count = 0;
        string? token = null;
        do
        {
            var uri = $"{bucket}?list-type=2&prefix={Uri.EscapeDataString(prefix)}"
                + (token is null ? string.Empty : $"&continuation-token={Uri.EscapeDataString(token)}");
            var body = await _http.GetByteArrayAsync(new Uri(uri, UriKind.Relative));
            count += Occurrences(body, ContentsTag);
            token = NextToken(body);
        }
        while (token is not null);

        return count;
    }

    public void Dispose() => _http.Dispose();

    private static int Occurrences(ReadOnlySpan<byte> body, ReadOnlySpan<byte> tag)
    {
        var count = 0;
        for (var at = body.IndexOf(tag); at >= 0; at = body.IndexOf(tag))
        {
            count++;
            body = body[(at + tag.Length)..];
        }

        return count;
    }

    private static string? NextToken(ReadOnlySpan<byte> body)
    {
        var start = body.IndexOf(TokenStart);
        if (start < 0)
        {
            return null;
        }

        var rest = body[(start + TokenStart.Length)..];
        return Encoding.UTF8.GetString(rest[..rest.IndexOf(TokenEnd)]);
    }
}
