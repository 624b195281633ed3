using System.Globalization;
using System.Text;

namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>
/// Opaque <c>NextToken</c> values of a resource listing: base64 of the listing's tag and the sequence number the next
/// page starts at. A token of one listing is refused by another, as EC2 refuses tokens of other calls.
/// </summary>
internal static class ResourceTokens
{
    public static string Encode(string listing, long next) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"ec2-{listing}:{next}")));

    public static bool TryDecode(string listing, string token, out long next)
    {
        next = 0;
        var bytes = new byte[token.Length];
        if (!Convert.TryFromBase64String(token, bytes, out var length))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, length);
        var tag = $"ec2-{listing}:";
        return text.StartsWith(tag, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(tag.Length), NumberStyles.None, CultureInfo.InvariantCulture, out next);
    }

    /// <summary>The start of the page a request asks for: the beginning, or where its NextToken points.</summary>
    /// <exception cref="Ec2ErrorException">InvalidPaginationToken.</exception>
    public static long Start(string listing, Ec2Parameters request) =>
        request.Value("NextToken") is not { } token ? 0
        : TryDecode(listing, token, out var next) ? next
        : throw Ec2Errors.InvalidPaginationToken();
}
