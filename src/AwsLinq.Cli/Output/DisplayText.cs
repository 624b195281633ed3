using System.Globalization;
using System.Text;

namespace AwsLinq.Cli.Output;

/// <summary>
/// Text as the human-readable outputs print it: control characters (CR, LF, ESC, BEL, C1 codes) and the bidirectional
/// overrides are shown as escapes, so that an object key cannot move the cursor, recolour the terminal, hide itself
/// or pass for two entries in the list a user checks before <c>--yes</c>. Backslashes are doubled, so the escapes
/// are unambiguous.
/// </summary>
internal static class DisplayText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => NeedsEscape(c)))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '\r' => @"\r",
                '\n' => @"\n",
                '\t' => @"\t",
                '\u001b' => @"\e",
                _ when IsControl(c) => $"\\u{((int)c).ToString("X4", CultureInfo.InvariantCulture)}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => c == '\\' || IsControl(c);

    // C0 and C1 controls, DEL, and the characters that reorder text (U+202A..U+202E, U+2066..U+2069).
    private static bool IsControl(char c) => char.IsControl(c) || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069';
}
