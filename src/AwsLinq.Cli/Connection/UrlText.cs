namespace AwsLinq.Cli.Connection;

/// <summary>URLs as messages print them: without the <c>user:password@</c> that some endpoint URLs carry.</summary>
internal static class UrlText
{
    public static string Redacted(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Redacted(uri) : url;

    public static string Redacted(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.UserInfo.Length == 0 ? uri.ToString() : new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString();
    }
}
