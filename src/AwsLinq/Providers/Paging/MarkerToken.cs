namespace AwsLinq.Providers;

/// <summary>
/// One continuation token made of two markers, for operations that page with a pair of them (S3's
/// <c>NextKeyMarker</c> and <c>NextVersionIdMarker</c>): a resource joins them in its <c>nextToken</c> and splits them
/// in its <c>setToken</c>, so that the core's page loop checks and resumes the pair as any single token. Each marker is
/// percent-encoded and the two are joined by <c>&amp;</c>, so the token reads plainly in errors and splits back exactly.
/// </summary>
public static class MarkerToken
{
    /// <summary>Joins a response's two markers into one token.</summary>
    /// <param name="first">The first marker (a key); <see langword="null"/> when the response has none.</param>
    /// <param name="second">The second marker (a version or upload id), or <see langword="null"/>.</param>
    /// <returns>The token, or <see langword="null"/> when there is no first marker: no page follows from it.</returns>
    public static string? Join(string? first, string? second) =>
        first is null ? null : second is null ? Uri.EscapeDataString(first) : $"{Uri.EscapeDataString(first)}&{Uri.EscapeDataString(second)}";

    /// <summary>Splits a token made by <see cref="Join"/> into its two markers.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The first marker, and the second or <see langword="null"/> when the token has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is <see langword="null"/>.</exception>
    public static (string First, string? Second) Split(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var at = token.IndexOf('&', StringComparison.Ordinal);
        return at < 0
            ? (Uri.UnescapeDataString(token), null)
            : (Uri.UnescapeDataString(token[..at]), Uri.UnescapeDataString(token[(at + 1)..]));
    }
}
