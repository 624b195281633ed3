using System.Text;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Specification;

/// <summary>
/// The bucket the object specification runs over: shared prefixes, non-ASCII and supplementary-plane
/// keys (which S3 orders by UTF-8 bytes), varied sizes, dates and storage classes.
/// </summary>
public static class S3ObjectSpecData
{
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Keys only of <c>[a-z0-9 ./-]</c>, the alphabet fauxqs orders and pages like S3.</summary>
    public static IReadOnlyList<LocalS3Object> Plain { get; } = Build(includeUnicode: false);

    public static IReadOnlyList<LocalS3Object> Full { get; } = Build(includeUnicode: true);

    private static List<LocalS3Object> Build(bool includeUnicode)
    {
        var keys = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            keys.Add($"photos/2023/img{i:D3}.jpg");
            keys.Add($"photos/2024/img{i:D3}.jpg");
        }

        for (var d = 1; d <= 12; d++)
        {
            keys.Add($"logs/2024-{d:D2}/app.log");
            keys.Add($"logs/2024-{d:D2}/web.log");
        }

        keys.AddRange(["a", "a/b", "a/b/c", "ab", "abc", "b", "docs/readme.txt", "docs/guide.md", "z", "zz/top", "photos", "photos/", "x y/z"]);
        if (includeUnicode)
        {
            keys.AddRange(["A", "Z", "_under", "é/café.txt", "naïve.txt", "日本/ファイル1", "日本/ファイル2",
                "a/\uFFFD", "a/😀", "a/\uE000", "a/\uE000x", "😀", "😀/x", "\uFFFD", "\uFFFDz", "\uE000", "a/\u00FF", "a/~", "Photos/IMG.JPG"]);
        }

        string[] classes = ["STANDARD", "STANDARD_IA", "GLACIER"];
        return keys
            .Select((key, i) => new LocalS3Object(key, (i * 7919L) % 5000, Epoch.AddHours(i * 13 % 700), null, classes[i % 3]))
            .OrderBy(o => Encoding.UTF8.GetBytes(o.Key), Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y)))
            .ToList();
    }
}
