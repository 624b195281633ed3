using System.Text;

namespace AwsLinq.Execution;

/// <summary>
/// Split points between keys of an ordered listing, found without knowing the keys in advance. A key is read as a
/// number whose digits are its characters, each ranked among the characters seen at that position in the keys
/// listed so far (so that a counter's digits are digits, and a date's separators take no room). From how far a
/// page's keys spread in that space, the keys a few pages ahead can be guessed; between two keys, the point halfway.
/// A guess that lands where there are no keys costs one request that returns nothing; a guess is always a key
/// strictly between the two it splits, so results never depend on it. Characters compare as code points, the order
/// of their UTF-8 bytes.
/// </summary>
/// <param name="order">The listing's key order.</param>
/// <param name="uniform">
/// Read every position with all the characters seen anywhere, not only those seen there: a position that has shown
/// one character so far is taken to hold as many as the widest, so that a guess lands nearer and a range measures
/// longer than the ranks seen there would make them.
/// </param>
internal sealed class KeySpace(IComparer<string> order, bool uniform = false)
{
    // Digits read after the point where keys part: enough for a double to hold them exactly.
    private const int Digits = 8;

    private readonly List<SortedSet<int>> _seen = [];
    private readonly List<int[]?> _ranks = [];
    private int[]? _anywhere;

    /// <summary>Adds the characters of <paramref name="key"/>, position by position, to the alphabets.</summary>
    public void Observe(string key)
    {
        var position = 0;
        foreach (var rune in key.EnumerateRunes())
        {
            if (position == _seen.Count)
            {
                _seen.Add([]);
                _ranks.Add(null);
            }

            if (_seen[position].Add(rune.Value))
            {
                _ranks[position] = null;
                _anywhere = null;
            }

            position++;
        }
    }

    /// <summary>
    /// How many pages like the last one, from <paramref name="pageFirst"/> to <paramref name="position"/>, fit
    /// between <paramref name="position"/> and <paramref name="high"/>; <see cref="double.PositiveInfinity"/> when
    /// <paramref name="high"/> is unbounded or so far off that the page's spread is too small to measure it by.
    /// </summary>
    public double PagesAhead(string prefix, string pageFirst, string position, string? high)
    {
        if (!Under(prefix, pageFirst, position, high))
        {
            return 0;
        }

        var from = Runes(pageFirst);
        var at = Runes(position);
        var depth = Common(from, at);
        if (ValueAt(at, depth) - ValueAt(from, depth) <= 0)
        {
            return 0;
        }

        if (high is null)
        {
            return double.PositiveInfinity;
        }

        // Where the end parts from the position before the page's keys part from each other, both are read from
        // there: a range that ends at the next digit up is a page or two long, not unbounded.
        var to = Runes(high);
        depth = Math.Min(depth, Common(at, to));
        var span = ValueAt(at, depth) - ValueAt(from, depth);
        return span <= 0 ? double.PositiveInfinity : (ValueAt(to, depth) - ValueAt(at, depth)) / span;
    }

    /// <summary>
    /// The key about <paramref name="pages"/> pages like the last one beyond <paramref name="position"/>;
    /// <see langword="null"/> when none can be found before <paramref name="high"/>.
    /// </summary>
    public string? Advance(string prefix, string pageFirst, string position, string? high, double pages)
    {
        if (!Under(prefix, pageFirst, position, high))
        {
            return null;
        }

        Observe(position);
        var from = Runes(pageFirst);
        var at = Runes(position);

        // Where the guess passes the last digit the page's keys differ in, carry into the digits before it.
        for (var depth = Common(from, at); depth >= PrefixLength(prefix); depth--)
        {
            var target = ValueAt(at, depth) + (pages * (ValueAt(at, depth) - ValueAt(from, depth)));
            if (target < Radix(depth))
            {
                return Checked(KeyAt(at, depth, target), position, high);
            }
        }

        return null;
    }

    /// <summary>
    /// A key about halfway between <paramref name="low"/> and <paramref name="high"/> (or past <paramref name="low"/>
    /// under <paramref name="prefix"/> when <paramref name="high"/> is unbounded); <see langword="null"/> when none is found.
    /// </summary>
    public string? Between(string prefix, string low, string? high)
    {
        if (!Under(prefix, low, low, high))
        {
            return null;
        }

        Observe(low);
        var at = Runes(low);
        var to = high is null ? null : Runes(high);
        var depth = to is null ? PrefixLength(prefix) : Common(at, to);
        var top = to is null ? Radix(depth) : ValueAt(to, depth);
        return Checked(KeyAt(at, depth, (ValueAt(at, depth) + top) / 2), low, high);
    }

    private static bool Under(string prefix, string first, string low, string? high) =>
        first.StartsWith(prefix, StringComparison.Ordinal) && low.StartsWith(prefix, StringComparison.Ordinal)
        && (high is null || high.StartsWith(prefix, StringComparison.Ordinal));

    private static int[] Runes(string key) => [.. key.EnumerateRunes().Select(r => r.Value)];

    private static int PrefixLength(string prefix) => prefix.EnumerateRunes().Count();

    private static int Common(int[] a, int[] b)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common;
    }

    private string? Checked(string candidate, string low, string? high) =>
        order.Compare(low, candidate) < 0 && (high is null || order.Compare(candidate, high) < 0) ? candidate : null;

    // The code point after one, skipping the surrogates (which no key holds); the last one has none after it.
    private static int Following(int rune) =>
        rune == 0x10FFFF ? rune : Rune.IsValid(rune + 1) ? rune + 1 : 0xE000;

    // The characters seen at a position, in order; where none was seen, those seen anywhere.
    private int[] Ranks(int position)
    {
        if (!uniform && position < _seen.Count && _seen[position].Count > 0)
        {
            return _ranks[position] ??= [.. _seen[position]];
        }

        return _anywhere ??= [.. _seen.SelectMany(s => s).Distinct().Order().DefaultIfEmpty('a')];
    }

    // 0 past the end of a key, 1 + a character's rank, and one more for past every character seen.
    private int Radix(int position) => Ranks(position).Length + 2;

    private int DigitOf(int[] runes, int position)
    {
        if (position >= runes.Length)
        {
            return 0;
        }

        var rank = Array.BinarySearch(Ranks(position), runes[position]);
        return (rank < 0 ? ~rank : rank) + 1;
    }

    // The key's digits from depth on, as a number whose first digit weighs 1.
    private double ValueAt(int[] runes, int depth)
    {
        var value = 0.0;
        var weight = 1.0;
        for (var k = 0; k < Digits; k++)
        {
            value += DigitOf(runes, depth + k) * weight;
            weight /= Radix(depth + k + 1);
        }

        return value;
    }

    // The key that shares the first depth characters of runes and whose digits from there make value.
    private string KeyAt(int[] runes, int depth, double value)
    {
        var key = new StringBuilder();
        foreach (var rune in runes.Take(depth))
        {
            key.Append(char.ConvertFromUtf32(rune));
        }

        var digits = new int[Digits];
        for (var k = 0; k < Digits; k++)
        {
            digits[k] = Math.Clamp((int)Math.Floor(value), 0, Radix(depth + k) - 1);
            value = (value - digits[k]) * Radix(depth + k + 1);
        }

        // A 0 inside the key reads as the first character seen there; a digit past every character seen, as the
        // character after the last one (a counter's next digit), so that a guess far ahead is not pulled back to
        // the keys already listed.
        var last = Array.FindLastIndex(digits, d => d != 0);
        for (var k = 0; k <= last; k++)
        {
            var ranks = Ranks(depth + k);
            key.Append(char.ConvertFromUtf32(digits[k] > ranks.Length ? Following(ranks[^1]) : ranks[Math.Max(digits[k] - 1, 0)]));
        }

        return key.ToString();
    }
}
