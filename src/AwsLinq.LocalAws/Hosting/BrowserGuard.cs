using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>
/// Refuses what a web page in the developer's browser could send to the endpoint: a request whose <c>Host</c> is not
/// the loopback address and port the server listens on (DNS rebinding: a name the attacker controls, resolved to
/// 127.0.0.1), and a cross-origin request (an <c>Origin</c> other than the server's own, or
/// <c>Sec-Fetch-Site</c> other than <c>same-origin</c> or <c>none</c>). SDKs and CLIs send neither header.
/// </summary>
internal static class BrowserGuard
{
    public const string Service = "localaws";

    /// <summary>Why the request is refused, in words for whoever sent it; <see langword="null"/> when it is not.</summary>
    public static string? Refusal(HttpRequest request, int port)
    {
        var host = request.Host;
        if (!IsOwn(host.Host, host.Port ?? 80, port))
        {
            return $"LocalAws refused this request: its Host header '{host}' is not the address it listens on "
                + $"(127.0.0.1:{port} or localhost:{port}). A name that merely resolves to 127.0.0.1 could be a web page's "
                + $"DNS rebinding; point clients at http://127.0.0.1:{port}/.";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && IsOwn(uri.Host, uri.Port, port)))
        {
            return $"LocalAws refused this request: it comes from the web page at '{origin}' (its Origin header), and a "
                + "page in a browser must not drive the local endpoint. AWS SDKs and CLIs send no Origin header.";
        }

        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && fetchSite is not ("same-origin" or "none"))
        {
            return $"LocalAws refused this request: the browser marked it 'Sec-Fetch-Site: {fetchSite}', so another site's "
                + "page sent it, and a page in a browser must not drive the local endpoint.";
        }

        return null;
    }

    // Virtual-hosted S3 requests name the bucket in front of localhost: bucket.localhost:<port>.
    private static bool IsOwn(string host, int requestPort, int port) =>
        requestPort == port
        && (host == "127.0.0.1"
            || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase));
}
