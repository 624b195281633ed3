namespace AwsLinq.LocalAws.S3;

/// <summary>
/// Orders strings the way S3 orders keys: by their UTF-8 bytes, which is code point order, without encoding them.
/// </summary>
internal sealed class Utf8KeyComparer : IComparer<string>
{
    public static Utf8KeyComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var common = x.AsSpan().CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length - y.Length;
        }

        return Weight(x[common]) - Weight(y[common]);
    }

    // UTF-16 ordinal puts surrogates (U+D800-DFFF) below U+E000-FFFF, but the code points they encode
    // (U+10000 and up, e.g. emoji) sort above every BMP character in UTF-8 byte order.
    private static int Weight(char c) => char.IsSurrogate(c) ? c + 0x10000 : c;
}
