using System.Globalization;
using System.Text;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// Opaque <c>NextToken</c> values: base64 of a version tag and a <see cref="ListPosition"/>. Real EC2 tokens are opaque
/// too, so clients must not depend on this form.
/// </summary>
internal static class PageTokens
{
    private const string Tag = "ec2-instances:";

    public static string Encode(ListPosition position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{Tag}{position.Reservation}:{position.Instance}")));

    /// <summary>A token for <paramref name="position"/> that differs from every other token issued, for endless empty pages.</summary>
    public static string EncodeEmptyPage(ListPosition position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{Tag}{position.Reservation}:{position.Instance}:{Guid.NewGuid():N}")));

    public static bool TryDecode(string token, out ListPosition position)
    {
        position = default;
        var bytes = new byte[token.Length];
        if (!Convert.TryFromBase64String(token, bytes, out var length))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, length);
        if (!text.StartsWith(Tag, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = text[Tag.Length..].Split(':');
        if (parts.Length is not (2 or 3)
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var reservation)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var instance))
        {
            return false;
        }

        position = new ListPosition(reservation, instance);
        return true;
    }
}
