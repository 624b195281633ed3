using System.Collections;
using System.Globalization;
using System.Text;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// Constants as C# source, so that a printed query compiles as written: anything outside printable ASCII
/// is escaped per UTF-16 code unit, which also keeps lone surrogates visible.
/// </summary>
internal static class CSharpText
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string s => Quote(s, '"'),
        char c => Quote(c.ToString(), '\''),
        bool b => b ? "true" : "false",
        int i => i switch { int.MaxValue => "int.MaxValue", int.MinValue => "int.MinValue", _ => i.ToString(CultureInfo.InvariantCulture) },
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        DateTime d => $"new DateTime({d.Year}, {d.Month}, {d.Day}, {d.Hour}, {d.Minute}, {d.Second}, DateTimeKind.Utc)",
        IEnumerable items => $"new[] {{ {string.Join(", ", items.Cast<object?>().Select(Of))} }}",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    private static string Quote(string text, char quote)
    {
        var builder = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            if (c == quote || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c is >= ' ' and <= '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.Append(quote).ToString();
    }
}
