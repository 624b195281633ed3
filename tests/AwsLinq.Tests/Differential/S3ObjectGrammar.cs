using System.Linq.Expressions;
using Amazon.S3.Model;

namespace AwsLinq.Tests.Differential;

/// <summary>Random queries over S3 objects: every form of key predicate, sizes, dates and storage classes.</summary>
internal sealed class S3ObjectGrammar() : QueryGrammar<S3Object>("s3.Objects(bucket)", "o", 1, 1000)
{
    private static readonly (string Text, Func<string, Expression<Func<S3Object, int>>> Make, bool Narrows)[] Comparisons =
    [
        ("o.Key.CompareTo({0})", c => o => o.Key.CompareTo(c), true),
        ("{0}.CompareTo(o.Key)", c => o => c.CompareTo(o.Key), true),
        ("string.Compare(o.Key, {0})", c => o => string.Compare(o.Key, c), true),
        ("string.Compare({0}, o.Key)", c => o => string.Compare(c, o.Key), true),
        ("string.CompareOrdinal(o.Key, {0})", c => o => string.CompareOrdinal(o.Key, c), true),
        ("string.CompareOrdinal({0}, o.Key)", c => o => string.CompareOrdinal(c, o.Key), true),
        ("string.Compare(o.Key, {0}, StringComparison.Ordinal)", c => o => string.Compare(o.Key, c, StringComparison.Ordinal), true),
        ("string.Compare(o.Key, {0}, StringComparison.OrdinalIgnoreCase)", c => o => string.Compare(o.Key, c, StringComparison.OrdinalIgnoreCase), false),
    ];

    private static readonly (string Format, Func<Expression, Expression> Make, bool WithZero)[] Relations =
    [
        ("{0} > 0", e => Expression.GreaterThan(e, Expression.Constant(0)), true),
        ("{0} >= 0", e => Expression.GreaterThanOrEqual(e, Expression.Constant(0)), true),
        ("{0} < 0", e => Expression.LessThan(e, Expression.Constant(0)), true),
        ("{0} <= 0", e => Expression.LessThanOrEqual(e, Expression.Constant(0)), true),
        ("0 < {0}", e => Expression.LessThan(Expression.Constant(0), e), true),
        ("0 >= {0}", e => Expression.GreaterThanOrEqual(Expression.Constant(0), e), true),
        ("{0} == 0", e => Expression.Equal(e, Expression.Constant(0)), false),
        ("{0} != 0", e => Expression.NotEqual(e, Expression.Constant(0)), false),
        ("{0} == 1", e => Expression.Equal(e, Expression.Constant(1)), false),
        ("{0} == -1", e => Expression.Equal(e, Expression.Constant(-1)), false),
        ("{0} > -1", e => Expression.GreaterThan(e, Expression.Constant(-1)), false),
        ("{0} < 1", e => Expression.LessThan(e, Expression.Constant(1)), false),
    ];

    protected override IReadOnlyList<OrderKey<S3Object>> OrderKeys { get; } =
    [
        OrderKey<S3Object>.Of("o.Key", o => o.Key),
        OrderKey<S3Object>.Of("o.Key", o => o.Key, StringComparer.Ordinal, "StringComparer.Ordinal"),
        OrderKey<S3Object>.Of("o.Key", o => o.Key, StringComparer.OrdinalIgnoreCase, "StringComparer.OrdinalIgnoreCase"),
        OrderKey<S3Object>.Of("o.Size", o => o.Size),
        OrderKey<S3Object>.Of("o.LastModified", o => o.LastModified),
        OrderKey<S3Object>.Of("o.StorageClass.Value", o => o.StorageClass.Value),
        OrderKey<S3Object>.Of("o.Key.Length", o => o.Key.Length),
    ];

    public override string Render(S3Object item) =>
        FormattableString.Invariant($"{CSharpText.Of(item.Key)}|{item.Size}|{item.LastModified:O}|{item.StorageClass?.Value}|{item.ETag}");

    protected override Predicate<S3Object> Atom(Random random, IReadOnlyList<S3Object> listing)
    {
        var c = Text(random, listing);
        switch (random.Next(20))
        {
            case < 4:
                return random.Next(4) switch
                {
                    0 => Key("o.Key.StartsWith({0})", c, k => o => o.Key.StartsWith(k), narrows: true),
                    1 => Key("o.Key.StartsWith({0}, StringComparison.Ordinal)", c, k => o => o.Key.StartsWith(k, StringComparison.Ordinal), narrows: true),
                    2 => new Atom<S3Object, char>("o.Key.StartsWith({0})", c.Length > 0 ? c[0] : 'a', k => o => o.Key.StartsWith(k), Values.Simpler) { Narrows = true },
                    _ => Key("o.Key.StartsWith({0}, StringComparison.OrdinalIgnoreCase)", c, k => o => o.Key.StartsWith(k, StringComparison.OrdinalIgnoreCase)),
                };
            case < 7:
                return random.Next(7) switch
                {
                    0 => Key("o.Key == {0}", c, k => o => o.Key == k, narrows: true),
                    1 => Key("{0} == o.Key", c, k => o => k == o.Key, narrows: true),
                    2 => Key("o.Key.Equals({0})", c, k => o => o.Key.Equals(k), narrows: true),
                    3 => Key("string.Equals(o.Key, {0})", c, k => o => string.Equals(o.Key, k), narrows: true),
                    4 => Key("string.Equals({0}, o.Key)", c, k => o => string.Equals(k, o.Key), narrows: true),
                    5 => Key("string.Equals(o.Key, {0}, StringComparison.Ordinal)", c, k => o => string.Equals(o.Key, k, StringComparison.Ordinal), narrows: true),
                    _ => Key("o.Key != {0}", c, k => o => o.Key != k),
                };
            case < 12:
                var (text, make, narrows) = random.Pick(Comparisons);
                var relation = random.Pick(Relations);
                return Key(
                    relation.Format.Replace("{0}", text, StringComparison.Ordinal),
                    c,
                    k => make(k) is var compare ? Expression.Lambda<Func<S3Object, bool>>(relation.Make(compare.Body), compare.Parameters) : null!,
                    narrows && relation.WithZero);
            case 12:
                return Key("o.Key.EndsWith({0})", c, k => o => o.Key.EndsWith(k));
            case 13:
                return random.Chance(0.5)
                    ? Key("o.Key.Contains({0})", c, k => o => o.Key.Contains(k))
                    : Key("o.Key.IndexOf({0}) >= 0", c, k => o => o.Key.IndexOf(k) >= 0);
            case 14:
                var keys = Enumerable.Range(0, random.Next(5)).Select(_ => Text(random, listing)).ToArray();
                return random.Chance(0.5)
                    ? new Atom<S3Object, string[]>("{0}.Contains(o.Key)", keys, k => o => k.Contains(o.Key), Values.Simpler)
                    : new Atom<S3Object, string[]>("{0}.ToList().Contains(o.Key)", keys, k => o => k.ToList().Contains(o.Key), Values.Simpler);
            case < 17:
                var size = random.Chance(0.7) ? random.Pick(listing).Size ?? 0 : random.Next(-1, 5002);
                return random.Next(5) switch
                {
                    0 => new Atom<S3Object, long>("o.Size > {0}", size, s => o => o.Size > s, Values.Simpler),
                    1 => new Atom<S3Object, long>("o.Size >= {0}", size, s => o => o.Size >= s, Values.Simpler),
                    2 => new Atom<S3Object, long>("o.Size < {0}", size, s => o => o.Size < s, Values.Simpler),
                    3 => new Atom<S3Object, long>("o.Size == {0}", size, s => o => o.Size == s, Values.Simpler),
                    _ => new Atom<S3Object, long>("o.Size != {0}", size, s => o => o.Size != s, Values.Simpler),
                };
            case 17:
                var storageClass = random.Pick(["STANDARD", "GLACIER", "STANDARD_IA", "glacier"]);
                return random.Chance(0.5)
                    ? new Atom<S3Object, string>("o.StorageClass == {0}", storageClass, s => o => o.StorageClass == s, Values.None)
                    : new Atom<S3Object, string>("o.StorageClass.Value == {0}", storageClass, s => o => o.StorageClass.Value == s, Values.None);
            case 18:
                var when = random.Pick(listing).LastModified ?? DateTime.UnixEpoch;
                return random.Chance(0.5)
                    ? new Atom<S3Object, DateTime>("o.LastModified < {0}", when, d => o => o.LastModified < d, Values.None)
                    : new Atom<S3Object, DateTime>("o.LastModified >= {0}", when, d => o => o.LastModified >= d, Values.None);
            default:
                return new Atom<S3Object, int>("o.Key.Length > {0}", random.Next(12), n => o => o.Key.Length > n, Values.Simpler);
        }
    }

    protected override Projection<S3Object> Projection(Random random, IReadOnlyList<S3Object> listing)
    {
        var c = Text(random, listing);
        return random.Next(8) switch
        {
            0 => Projection<S3Object>.Of("o.Key", o => o.Key),
            1 => Projection<S3Object>.Of($"o.Key.CompareTo({CSharpText.Of(c)})", o => o.Key.CompareTo(c)),
            2 => Projection<S3Object>.Of($"string.Compare({CSharpText.Of(c)}, o.Key)", o => string.Compare(c, o.Key)),
            3 => Projection<S3Object>.Of($"string.CompareOrdinal(o.Key, {CSharpText.Of(c)})", o => string.CompareOrdinal(o.Key, c)),
            4 => Projection<S3Object>.Of($"string.Compare(o.Key, {CSharpText.Of(c)}, StringComparison.Ordinal)", o => string.Compare(o.Key, c, StringComparison.Ordinal)),
            5 => Projection<S3Object>.Of($"o.Key.StartsWith({CSharpText.Of(c)})", o => o.Key.StartsWith(c)),
            6 => Projection<S3Object>.Of("o.Size", o => o.Size),
            _ => Projection<S3Object>.Of($"o.Key.IndexOf({CSharpText.Of(c)})", o => o.Key.IndexOf(c)),
        };
    }

    protected override Predicate<S3Object> Scope(Random random, IReadOnlyList<S3Object> listing)
    {
        var key = random.Pick(listing).Key;
        if (random.Chance(0.7))
        {
            var prefix = S3ObjectData.WholePrefixOf(random, key);
            return Key("o.Key.StartsWith({0})", prefix.Length > 0 ? prefix : key[..1], k => o => o.Key.StartsWith(k), narrows: true);
        }

        // A range of a few hundred keys at most, its bounds near keys of the listing.
        var index = listing.Select((o, i) => (o, i)).First(x => x.o.Key == key).i;
        var upper = listing[Math.Min(listing.Count - 1, index + random.Next(1, 200))].Key;
        var lower = Key("o.Key.CompareTo({0}) >= 0", key, k => o => o.Key.CompareTo(k) >= 0, narrows: true);
        return random.Chance(0.5)
            ? new And<S3Object>(lower, Key("o.Key.CompareTo({0}) < 0", upper, k => o => o.Key.CompareTo(k) < 0, narrows: true))
            : new And<S3Object>(lower, Key("string.Compare(o.Key, {0}) <= 0", upper, k => o => string.Compare(o.Key, k) <= 0, narrows: true));
    }

    // A constant with a lone surrogate is never sent, so it narrows nothing.
    private static Atom<S3Object, string> Key(string format, string value, Func<string, Expression<Func<S3Object, bool>>> make, bool narrows = false) =>
        new(format, value, make, Values.Simpler) { Narrows = narrows && !value.EnumerateRunes().Contains(System.Text.Rune.ReplacementChar) };

    // Mostly text near the keys: prefixes (some ending inside a surrogate pair), whole keys, keys one piece
    // longer; sometimes new text, lone surrogates, case variants or nothing at all.
    private static string Text(Random random, IReadOnlyList<S3Object> listing)
    {
        var key = random.Pick(listing).Key;
        return random.Next(14) switch
        {
            0 => string.Empty,
            < 5 => S3ObjectData.PrefixOf(random, key),
            < 7 => key,
            7 => key + random.Pick(S3ObjectData.Pieces),
            8 => S3ObjectData.Word(random, 1 + random.Next(2)),
            9 => random.Pick(["\uD83D", "\uD800", "\uDE00", "a\uD800b", "\uFFFD\uDC00"]),
            10 => S3ObjectData.PrefixOf(random, key).ToUpperInvariant(),
            11 => key[..^1] + (char)(key[^1] + 1),
            _ => S3ObjectData.PrefixOf(random, key) + random.Pick(S3ObjectData.Pieces),
        };
    }
}
