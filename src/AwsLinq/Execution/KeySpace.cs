using System.Text;

namespace AwsLinq.Execution;

/// <summary>
/// Split points between keys of an ordered listing, found without knowing the keys in advance. Keys are read as
/// numbers whose digits are their characters, ranked in the alphabet of the keys seen so far; the point halfway
/// between two keys in that space splits the keys between them evenly when they are spread evenly, and a split
/// that lands in an empty part costs one request that returns nothing. Characters are compared as code points,
/// which is the order of their UTF-8 bytes.
/// </summary>
internal sealed class KeySpace(IComparer<string> order)
{
    // Digits of a key's characters after the point where two keys part: enough to split even keys that differ late.
    private const int Digits = 8;

    private readonly SortedSet<int> _alphabet = [];
    private int[]? _ranks;

    /// <summary>Adds the characters of <paramref name="key"/> to the alphabet.</summary>
    public void Observe(string key)
    {
        foreach (var rune in key.EnumerateRunes())
        {
            if (_alphabet.Add(rune.Value))
            {
                _ranks = null;
            }
        }
    }

    /// <summary>
    /// A key that sorts after <paramref name="low"/> and before <paramref name="high"/> (or anywhere after
    /// <paramref name="low"/> under <paramref name="prefix"/> when <paramref name="high"/> is <see langword="null"/>),
    /// about halfway between them; <see langword="null"/> when none can be found.
    /// </summary>
    public string? Between(string prefix, string low, string? high)
    {
        if (!Under(prefix, low, high))
        {
            return null;
        }

        Observe(low);
        if (high is not null)
        {
            Observe(high);
        }

        var (common, lowDigits, highDigits) = DigitsOf(prefix, low, high);
        var radix = Ranks.Length + 2;

        // (low + high) / 2, digit by digit from the most significant one.
        var sum = new int[Digits];
        var carry = 0;
        for (var k = Digits - 1; k >= 0; k--)
        {
            var digit = lowDigits[k] + highDigits[k] + carry;
            sum[k] = digit % radix;
            carry = digit / radix;
        }

        var middle = new StringBuilder(prefix).Append(common);
        var remainder = carry;
        var digits = new int[Digits];
        for (var k = 0; k < Digits; k++)
        {
            var value = (remainder * radix) + sum[k];
            digits[k] = value / 2;
            remainder = value % 2;
        }

        var last = Array.FindLastIndex(digits, d => d != 0);
        for (var k = 0; k <= last; k++)
        {
            // 0 ends a key and the top digit lies past the alphabet: inside a key, read them as its first and last character.
            var rank = Math.Clamp(digits[k] - 1, 0, Ranks.Length - 1);
            middle.Append(char.ConvertFromUtf32(Ranks[rank]));
        }

        var candidate = middle.ToString();
        return order.Compare(low, candidate) < 0 && (high is null || order.Compare(candidate, high) < 0) ? candidate : null;
    }

    /// <summary>
    /// How many keys may lie between <paramref name="low"/> and <paramref name="high"/>, to compare ranges: fewer
    /// characters in common first, then the distance of the next digits.
    /// </summary>
    public (int Depth, double Width) Gap(string prefix, string low, string? high)
    {
        if (!Under(prefix, low, high))
        {
            return (int.MaxValue, 0);
        }

        var (common, lowDigits, highDigits) = DigitsOf(prefix, low, high);
        var radix = (double)(Ranks.Length + 2);
        var width = 0.0;
        for (var k = 0; k < 3; k++)
        {
            width += (highDigits[k] - lowDigits[k]) / Math.Pow(radix, k);
        }

        return (common.Length, width);
    }

    private static bool Under(string prefix, string low, string? high) =>
        low.StartsWith(prefix, StringComparison.Ordinal) && (high is null || high.StartsWith(prefix, StringComparison.Ordinal));

    private int[] Ranks => _ranks ??= [.. _alphabet];

    private (string Common, int[] Low, int[] High) DigitsOf(string prefix, string low, string? high)
    {
        var lowRunes = low[prefix.Length..].EnumerateRunes().Select(r => r.Value).ToArray();
        var highRunes = high?[prefix.Length..].EnumerateRunes().Select(r => r.Value).ToArray();
        var common = 0;
        while (highRunes is not null && common < lowRunes.Length && common < highRunes.Length && lowRunes[common] == highRunes[common])
        {
            common++;
        }

        var lowDigits = new int[Digits];
        var highDigits = new int[Digits];
        for (var k = 0; k < Digits; k++)
        {
            lowDigits[k] = DigitOf(lowRunes, common + k);
            highDigits[k] = highRunes is null ? (k == 0 ? Ranks.Length + 1 : 0) : DigitOf(highRunes, common + k);
        }

        var commonText = string.Concat(lowRunes.Take(common).Select(char.ConvertFromUtf32));
        return (commonText, lowDigits, highDigits);
    }

    // 0 past the end of the key, else 1 + the character's rank.
    private int DigitOf(int[] runes, int index)
    {
        if (index >= runes.Length)
        {
            return 0;
        }

        var rank = Array.BinarySearch(Ranks, runes[index]);
        return (rank < 0 ? ~rank : rank) + 1;
    }
}
