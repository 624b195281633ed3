using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Demo;

/// <summary>
/// The buckets and objects the demo queries: the same every run (fixed seed and dates), so that the output,
/// and the samples copied from it into the docs, do not change.
/// </summary>
internal static class DemoData
{
    public const string Bucket = "my-bucket";
    public const string LogsBucket = "my-logs-eu";
    public const string ArchiveBucket = "team-archive";

    private const long KB = 1024;
    private const long MB = 1024 * KB;
    private const long GB = 1024 * MB;

    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The time the local endpoint's clock shows: buckets are created then.</summary>
    public static DateTimeOffset Now { get; } = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Creates three buckets in three regions and seeds them; returns how many objects each got.</summary>
    public static IReadOnlyList<(string Bucket, string Region, int Objects)> Seed(LocalS3 s3)
    {
        var random = new Random(2024);
        var seeded = new List<(string, string, int)>();
        Add(s3, seeded, Bucket, region: null, MyBucket(random));
        Add(s3, seeded, LogsBucket, "eu-west-1", AccessLogs(random));
        Add(s3, seeded, ArchiveBucket, "ap-southeast-2", Archive(random));
        return seeded;
    }

    private static void Add(LocalS3 s3, List<(string, string, int)> seeded, string bucket, string? region, List<LocalS3Object> objects)
    {
        s3.CreateBucket(bucket, region);
        s3.SeedObjects(bucket, objects);
        seeded.Add((bucket, region ?? s3.DefaultRegion, objects.Count));
    }

    // photos/ (1,500, many over 1 MB), logs/ (1,488, the first half of January in STANDARD_IA),
    // docs/ (8), videos/ (6, several GB, in GLACIER) and one key at the root: 3,003 objects.
    private static List<LocalS3Object> MyBucket(Random random)
    {
        var objects = new List<LocalS3Object>();
        foreach (var (year, perMonth) in new[] { (2023, 25), (2024, 100) })
        {
            var number = 0;
            for (var month = 1; month <= 12; month++)
            {
                for (var i = 0; i < perMonth; i++)
                {
                    var key = $"photos/{year}/{month:00}/IMG_{++number:0000}.jpg";
                    var taken = new DateTimeOffset(year, month, 1 + (i % 28), 9, 0, 0, TimeSpan.Zero).AddMinutes(i);
                    objects.Add(new LocalS3Object(key, random.NextInt64(200 * KB, 6 * MB), taken));
                }
            }
        }

        for (var day = 1; day <= 31; day++)
        {
            for (var half = 0; half < 48; half++)
            {
                var written = Epoch.AddDays(day - 1).AddMinutes(30 * half);
                var key = $"logs/2024-01-{day:00}/app-{half / 2:00}{(half % 2 == 0 ? "00" : "30")}.log.gz";
                var storageClass = day <= 15 ? "STANDARD_IA" : "STANDARD";
                objects.Add(new LocalS3Object(key, random.NextInt64(10 * KB, 200 * KB), written, StorageClass: storageClass));
            }
        }

        string[] docs = ["docs/readme.txt", "docs/guide.pdf", "docs/api/index.html", "docs/api/objects.html",
            "docs/api/buckets.html", "docs/changelog.md", "docs/images/logo.png", "docs/license.txt"];
        objects.AddRange(docs.Select((key, i) => new LocalS3Object(key, random.NextInt64(2 * KB, 3 * MB), Epoch.AddDays(40 + i))));

        for (var i = 1; i <= 6; i++)
        {
            objects.Add(new LocalS3Object($"videos/keynote-{i}.mp4", random.NextInt64(2 * GB, 8 * GB), Epoch.AddDays(60 + i), StorageClass: "GLACIER"));
        }

        objects.Add(new LocalS3Object("index.html", 4 * KB, Epoch));
        return objects;
    }

    private static List<LocalS3Object> AccessLogs(Random random) =>
        Enumerable.Range(0, 250)
            .Select(i => new LocalS3Object($"access/2024/03/{i / 24 + 1:00}/{i % 24:00}.log", random.NextInt64(KB, 64 * KB), Epoch.AddDays(60).AddHours(i)))
            .ToList();

    private static List<LocalS3Object> Archive(Random random) =>
        Enumerable.Range(1, 40)
            .Select(i => new LocalS3Object($"photos/2019/IMG_{i:0000}.jpg", random.NextInt64(MB, 4 * MB), Epoch.AddYears(-5).AddDays(i), StorageClass: "DEEP_ARCHIVE"))
            .ToList();
}
