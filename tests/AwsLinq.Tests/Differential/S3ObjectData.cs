using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// Random object keys, most of them non-ASCII: clusters of shared prefixes, characters on both sides of
/// every place where UTF-16 and UTF-8 orders part (U+E000..U+FFFD against supplementary characters),
/// case pairs and combining marks, with sizes, dates and storage classes that repeat.
/// </summary>
internal static class S3ObjectData
{
    public static readonly string[] Pieces =
    [
        "a", "b", "z", "A", "Z", "0", "9", "-", ".", "/", "_", "~", " ", "+", "!",
        "é", "e\u0301", "ß", "ÿ", "Ā", "İ", "ı", "ǅ", "Ω", "я", "ש", "ع", "中", "日本", "ー",
        "\u0301", "\u07FF", "\u0800", "\uD7FF", "\uE000", "\uF8FF", "\uFB01", "\uFF21", "\uFFFC", "\uFFFD",
        "😀", "𝄞", "\U00010000", "\U0010FFFD", "photos/", "logs/", "2024-",
    ];

    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] StorageClasses = ["STANDARD", "STANDARD_IA", "GLACIER"];

    public static IReadOnlyList<LocalS3Object> Objects(Random random, int count)
    {
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (keys.Count < count)
        {
            var key = keys.Count > 0 && random.Chance(0.65)
                ? WholePrefixOf(random, random.Pick(keys)) + Word(random, 1 + random.Next(3))
                : Word(random, 1 + random.Next(5));
            if (seen.Add(key))
            {
                keys.Add(key);
            }
        }

        long[] sizes = [0, 1, 7, 100, 1024, 4096];
        return keys.Select(key => new LocalS3Object(
            key,
            random.Chance(0.5) ? random.Pick(sizes) : random.Next(5000),
            Epoch.AddDays(random.Next(40)).AddHours(random.Next(3)),
            null,
            random.Pick(StorageClasses))).ToList();
    }

    public static string Word(Random random, int pieces) => string.Concat(Enumerable.Range(0, pieces).Select(_ => random.Pick(Pieces)));

    /// <summary>A prefix of <paramref name="text"/> of any length, which may end inside a surrogate pair.</summary>
    public static string PrefixOf(Random random, string text) => text[..random.Next(text.Length + 1)];

    /// <summary>A prefix of <paramref name="text"/> that ends between characters, as a valid key does.</summary>
    public static string WholePrefixOf(Random random, string text)
    {
        var length = random.Next(text.Length + 1);
        return text[..(length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
    }
}
