using System.Text;

namespace AwsLinq;

/// <summary>
/// Orders strings as the UTF-8 bytes of their text, which is the order S3 lists keys in (and Unicode
/// code-point order). It differs from <see cref="StringComparer.Ordinal"/>, which orders UTF-16 code
/// units, for characters outside the Basic Multilingual Plane against U+E000 to U+FFFF. A lone surrogate,
/// which UTF-8 cannot encode, compares as U+FFFD, the character the SDK sends in its place.
/// </summary>
public sealed class Utf8Comparer : IComparer<string?>
{
    private Utf8Comparer()
    {
    }

    /// <summary>Gets the comparer.</summary>
    public static Utf8Comparer Instance { get; } = new();

    /// <summary>Compares two strings by the UTF-8 bytes of their text; <see langword="null"/> sorts first.</summary>
    /// <param name="x">The first string.</param>
    /// <param name="y">The second string.</param>
    /// <returns>
    /// -1, 0 or 1, as <paramref name="x"/> sorts before, with or after <paramref name="y"/>: the values
    /// <see cref="string.CompareTo(string)"/> returns, which this comparer stands in for.
    /// </returns>
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        // A high surrogate just before the first difference may pair in one string and stand alone in the other.
        var common = x.AsSpan().CommonPrefixLength(y);
        if (common > 0 && char.IsHighSurrogate(x[common - 1]))
        {
            common--;
        }

        return CompareScalars(x.AsSpan(common), y.AsSpan(common));
    }

    // Unicode scalar values order as their UTF-8 encodings; a lone surrogate decodes as U+FFFD.
    private static int CompareScalars(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        while (!x.IsEmpty && !y.IsEmpty)
        {
            Rune.DecodeFromUtf16(x, out var a, out var aLength);
            Rune.DecodeFromUtf16(y, out var b, out var bLength);
            if (a != b)
            {
                return a.Value < b.Value ? -1 : 1;
            }

            x = x[aLength..];
            y = y[bLength..];
        }

        return x.IsEmpty ? (y.IsEmpty ? 0 : -1) : 1;
    }
}
