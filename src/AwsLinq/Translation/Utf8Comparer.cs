namespace AwsLinq;

/// <summary>
/// Orders strings as the UTF-8 bytes of their text, which is the order S3 lists keys in (and Unicode
/// code-point order). It differs from <see cref="StringComparer.Ordinal"/>, which orders UTF-16 code
/// units, for characters outside the Basic Multilingual Plane against U+E000 to U+FFFF.
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
    /// <returns>Less than zero, zero or more than zero, as <paramref name="x"/> sorts before, with or after <paramref name="y"/>.</returns>
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

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return Fix(x[i]) - Fix(y[i]);
            }
        }

        return x.Length - y.Length;
    }

    // Surrogates (U+D800..U+DFFF) encode code points above U+FFFF: move them above U+E000..U+FFFF.
    private static int Fix(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
}
