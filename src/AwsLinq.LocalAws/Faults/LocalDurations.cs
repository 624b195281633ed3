using System.Globalization;

namespace AwsLinq.LocalAws;

/// <summary>Durations as <c>awslinq local serve</c> and fault names write them: <c>50ms</c>, <c>2s</c>, <c>1.5s</c>, <c>1m</c>.</summary>
internal static class LocalDurations
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        var trimmed = text.Trim();
        var (number, unit) = trimmed.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (trimmed[..^2], 1.0)
            : trimmed.EndsWith('s') ? (trimmed[..^1], 1000.0)
            : trimmed.EndsWith('m') ? (trimmed[..^1], 60_000.0)
            : (trimmed, double.NaN);
        if (double.IsNaN(unit)
            || !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        duration = TimeSpan.FromMilliseconds(value * unit);
        return true;
    }

    public static string Format(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0.###}ms");
}
