using AwsLinq.LocalAws;

namespace AwsLinq.Tests.S3.Folders;

/// <summary>
/// Keys at several levels under <c>photos/</c>: folders whose names sort differently from their prefixes
/// (<c>2024-01/</c> before <c>2024/</c>), non-ASCII names, deeper levels, and objects directly under the prefix
/// between the folders, so that some pages hold objects only.
/// </summary>
public static class FolderSpecData
{
    public const string Parent = "photos/";

    private static readonly DateTimeOffset Written = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<string> Keys { get; } =
    [
        "index.html",
        "logs/2024/a.log",
        "photos/0-cover.jpg",
        "photos/1-cover.jpg",
        "photos/2023/a.jpg",
        "photos/2023/b/c.jpg",
        "photos/2024-01/a.jpg",
        "photos/2024-02/a.jpg",
        "photos/2024/a.jpg",
        "photos/2024/jan/a.jpg",
        "photos/2024x/a.jpg",
        "photos/3-cover.jpg",
        "photos/4-cover.jpg",
        "photos/5-cover.jpg",
        "photos/6-cover.jpg",
        "photos/archive/2019/a.jpg",
        "photos/b.jpg",
        "photos/c.jpg",
        "photos/drafts/a.jpg",
        "photos/Zürich/a.jpg",
        "photos/zz/a.jpg",
        "photos/é/a.jpg",
        "photos/日本/a.jpg",
        "videos/a.mp4",
    ];

    /// <summary>The folders directly under <see cref="Parent"/>, in UTF-8 order.</summary>
    public static int FolderCount => 11;

    public static IEnumerable<LocalS3Object> Objects => Keys.Order(StringComparer.Ordinal).Select((key, i) => new LocalS3Object(key, i, Written));
}
