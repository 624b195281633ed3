using AwsLinq.LocalAws;

namespace AwsLinq.Tests.S3.Uploads;

/// <summary>
/// 40 uploads in progress over 16 keys: up to four per key begun at different times, keys that are prefixes of
/// others (<c>a</c>, <c>a/b</c>), non-ASCII keys, for the upload specification.
/// </summary>
public static class UploadSpecData
{
    public static readonly DateTimeOffset Epoch = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<string> Keys { get; } =
        ["a", "a/b", "a/b/c", "backup/1.tar", "backup/2.tar", "backup/3.tar", "logs/x.gz", "media/big.mov", "media/clip.mp4", "media/é.mov", "media/日本.mov", "media/z.mov", "tmp", "tmp-1", "video/a.mp4", "zzz"];

    public static IReadOnlyList<LocalS3Upload> Uploads { get; } = Build();

    private static List<LocalS3Upload> Build()
    {
        var uploads = new List<LocalS3Upload>();
        for (var n = 0; n < 40; n++)
        {
            uploads.Add(new LocalS3Upload(Keys[n * 7 % Keys.Count], Epoch.AddHours(n * 5), $"upload-{n:D3}"));
        }

        return uploads;
    }
}
