using System.Collections;
using System.Globalization;
using System.Reflection;
using Amazon.Runtime;

namespace AwsLinq.Cli.Output;

/// <summary>
/// Reduces whatever a column holds (SDK models, enum-like constants, tag lists, dates) to a small tree that every
/// writer can print: null, string, bool, decimal, a list, or an ordered list of named values.
/// </summary>
internal static class CellValue
{
    private const int MaxDepth = 4;

    public static object? Normalize(object? value) => Normalize(value, 0);

    private static object? Normalize(object? value, int depth) => value switch
    {
        null => null,
        string s => s,
        bool b => b,
        char c => c.ToString(),
        ConstantClass constant => constant.Value,
        DateTime d => Timestamp(d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        DateTimeOffset d => Timestamp(d.UtcDateTime),
        Enum e => e.ToString(),
        IConvertible n when IsNumber(n) => n.ToDecimal(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ when depth >= MaxDepth => value.ToString(),
        IDictionary dictionary => dictionary.Keys.Cast<object>()
            .Select(k => new KeyValuePair<string, object?>(Convert.ToString(k, CultureInfo.InvariantCulture) ?? string.Empty, Normalize(dictionary[k], depth + 1)))
            .ToList(),
        IEnumerable items => Items(items.Cast<object?>().ToList(), depth),
        _ => Properties(value, depth),
    };

    private static object Items(List<object?> items, int depth)
    {
        // Tag lists ({Key, Value} pairs) read best as a map: EC2 tags, SQS tags.
        if (items.Count > 0 && items.All(i => i is not null && KeyValue(i) is not null))
        {
            return items.Select(i => KeyValue(i!)!.Value).Select(p => new KeyValuePair<string, object?>(p.Key, Normalize(p.Value, depth + 1))).ToList();
        }

        return items.Select(i => Normalize(i, depth + 1)).ToList();
    }

    private static KeyValuePair<string, object?>? KeyValue(object item)
    {
        var type = item.GetType();
        if (type.GetProperty("Key") is { } key && type.GetProperty("Value") is { } value && key.PropertyType == typeof(string))
        {
            return new((string?)key.GetValue(item) ?? string.Empty, value.GetValue(item));
        }

        return null;
    }

    private static List<KeyValuePair<string, object?>> Properties(object value, int depth) =>
        value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => new KeyValuePair<string, object?>(p.Name, Normalize(p.GetValue(value), depth + 1)))
            .Where(p => p.Value is not null)
            .ToList();

    private static string Timestamp(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static bool IsNumber(IConvertible value) => value.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal;
}
