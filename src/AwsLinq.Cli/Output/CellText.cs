using System.Globalization;

namespace AwsLinq.Cli.Output;

/// <summary>A cell as text, for tables and CSV: tag maps as <c>k=v, k=v</c>, nested values in braces.</summary>
internal static class CellText
{
    public static string Format(object? value) => Text(CellValue.Normalize(value), nested: false);

    private static string Text(object? normalized, bool nested) => normalized switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        List<KeyValuePair<string, object?>> pairs => Wrap(string.Join(", ", pairs.Select(p => $"{p.Key}={Text(p.Value, nested: true)}")), nested),
        List<object?> items => Wrap(string.Join(", ", items.Select(i => Text(i, nested: true))), nested),
        _ => normalized.ToString() ?? string.Empty,
    };

    private static string Wrap(string text, bool nested) => nested ? $"{{{text}}}" : text;
}
