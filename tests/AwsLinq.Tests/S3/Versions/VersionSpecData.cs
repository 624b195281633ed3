namespace AwsLinq.Tests.S3.Versions;

/// <summary>
/// A history over 16 keys: three written before versioning (their <c>null</c> versions), then 44 writes and deletes,
/// so keys have up to five versions, delete markers as newest and as older versions, keys that are prefixes of others
/// (<c>a</c>, <c>a/b</c>) and non-ASCII keys.
/// </summary>
public static class VersionSpecData
{
    public static IReadOnlyList<string> Keys { get; } =
        ["a", "a/b", "a/b/c", "backup/1.tar", "backup/2.tar", "backup/3.tar", "logs/x.gz", "media/big.mov", "media/clip.mp4", "media/é.mov", "media/日本.mov", "media/z.mov", "tmp", "tmp-1", "video/a.mp4", "zzz"];

    public static IReadOnlyList<string> Unversioned { get; } = ["a", "tmp", "media/z.mov"];

    // Every fifth step deletes; a key comes back every sixteen steps, so a marker is sometimes the newest version.
    public static IReadOnlyList<string> Steps { get; } =
        Enumerable.Range(0, 44).Select(n => (n % 5 == 4 ? "-" : string.Empty) + Keys[n * 7 % Keys.Count]).ToList();

    public static int VersionCount => Unversioned.Count + Steps.Count;
}
