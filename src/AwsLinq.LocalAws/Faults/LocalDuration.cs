using System.Globalization;

namespace AwsLinq.LocalAws;

/// <summary>Durations as <c>awslinq local serve</c> and fault names write them: <c>50ms</c>, <c>2s</c>, <c>1.5s</c>, <c>1m</c>.</summary>
public static class LocalDuration
{
    /// <summary>Reads a duration: a number, then <c>ms</c>, <c>s</c> or <c>m</c>.</summary>
    /// <param name="text">The duration.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a duration; the message says what to write.</exception>
    public static TimeSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' is not a duration: write a number and ms, s or m, as 50ms or 1.5s.");
    }

    /// <summary>Reads a duration, as <see cref="Parse"/> does, without throwing.</summary>
    /// <param name="text">The duration.</param>
    /// <param name="duration">The duration read, or zero.</param>
    /// <returns>Whether the text is a duration.</returns>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        ArgumentNullException.ThrowIfNull(text);
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

    /// <summary>Writes a duration in milliseconds, as <see cref="Parse"/> reads it: <c>50ms</c>.</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The text.</returns>
    public static string Format(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0.###}ms");
}
