namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// Queue URLs in the form SQS uses, <c>&lt;endpoint&gt;&lt;account id&gt;/&lt;queue name&gt;</c>, with this
/// server's own address as the endpoint.
/// </summary>
internal static class QueueAddresses
{
    public static string For(Uri serviceUrl, string name) => $"{serviceUrl.AbsoluteUri}{LocalSqs.AccountId}/{name}";

    /// <summary>
    /// Finds the queue name in a URL that points at this server (as 127.0.0.1 or localhost, same port) and at the
    /// local account. Any other URL names a queue that does not exist here.
    /// </summary>
    public static bool TryParseName(string url, Uri serviceUrl, out string name)
    {
        name = string.Empty;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Port != serviceUrl.Port
            || !(string.Equals(uri.Host, serviceUrl.Host, StringComparison.OrdinalIgnoreCase)
                || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 2 || !string.Equals(segments[0], LocalSqs.AccountId, StringComparison.Ordinal))
        {
            return false;
        }

        name = Uri.UnescapeDataString(segments[1]);
        return true;
    }

    public static string Arn(string region, string name) => $"arn:aws:sqs:{region}:{LocalSqs.AccountId}:{name}";
}
