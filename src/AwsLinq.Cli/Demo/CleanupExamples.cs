using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Demo;

/// <summary>
/// What the boto3 guide cannot show: the noncurrent versions under a prefix of a versioned bucket, and the multipart
/// uploads begun a day to a month ago, each cleaned up with a dry run first whose report lists what the real run will
/// act on. Their buckets are made just before each example, so the examples before them show the seed alone.
/// </summary>
internal static class CleanupExamples
{
    public const string VersionedBucket = "app-history";
    public const string MediaBucket = "media-uploads";

    public static IReadOnlyList<DemoExample> Create(IAmazonS3 s3, LocalS3 local)
    {
        var oldLogs = s3.ObjectVersions(VersionedBucket).Where(v => v.Key.StartsWith("logs/") && v.IsLatest != true);
        var cutoff = DemoData.Now.UtcDateTime.AddDays(-7);
        var stale = s3.MultipartUploads(MediaBucket).Where(u => u.Initiated < cutoff);
        return
        [
            Example.Block(
                "Delete the old versions under logs/ of a versioned bucket: a dry run first",
                "bucket.object_versions.filter(Prefix='logs/')  # then test is_latest yourself; delete() has no dry run",
                () => oldLogs.Explain(q => q.DeleteAllAsync(null, default)),
                async ct =>
                {
                    var plan = await oldLogs.DeleteAllAsync(new BatchOptions { DryRun = true }, ct);
                    var done = await oldLogs.DeleteAllAsync(null, ct);
                    var left = await s3.ObjectVersions(VersionedBucket).CountAsync(ct);
                    var keys = plan.Succeeded.Select(id => id[..id.IndexOf("?versionId=", StringComparison.Ordinal)]).Distinct().Count();
                    return [plan.ToString(), $"  {plan.Succeeded.Count} old versions of {keys} keys", done.ToString(), $"{left} versions left: the newest of each key, and those outside logs/"];
                }) with
            {
                Note = "Prefix=logs/ goes to S3; IsLatest has no filter there, so it is checked here. Each DeleteObjects entry names its VersionId, "
                    + "so the old versions go for good, and the newest version of every key stays as it was.",
                Setup = ct => SeedVersionsAsync(s3, local, ct),
            },
            Example.Block(
                "Abort the multipart uploads begun over a week ago: a dry run first",
                "[u.abort() for u in bucket.multipart_uploads.all() if u.initiated < cutoff]  # no dry run",
                () => stale.Explain(q => q.AbortAllAsync(null, default)),
                async ct =>
                {
                    var plan = await stale.AbortAllAsync(new BatchOptions { DryRun = true }, ct);
                    var done = await stale.AbortAllAsync(null, ct);
                    return [plan.ToString(), done.ToString(), $"{await s3.MultipartUploads(MediaBucket).CountAsync(ct)} uploads still in progress"];
                }) with
            {
                Note = "An upload never completed keeps its parts, billed, until it is aborted. S3 has no batch abort: "
                    + "one AbortMultipartUpload per upload, a few at once, so their lines can come in any order.",
                Setup = _ =>
                {
                    local.CreateBucket(MediaBucket);
                    local.SeedUploads(MediaBucket, Enumerable.Range(0, 6).Select(n => new LocalS3Upload($"videos/clip-{n}.mp4", DemoData.Now.AddDays(-1 - (6 * n)))));
                    return Task.CompletedTask;
                },
            },
        ];
    }

    // A versioned bucket written over HTTP as an application would: five or six versions of each log, one deleted.
    private static async Task SeedVersionsAsync(IAmazonS3 s3, LocalS3 local, CancellationToken cancellationToken)
    {
        local.CreateBucket(VersionedBucket);
        await s3.PutBucketVersioningAsync(
            new PutBucketVersioningRequest { BucketName = VersionedBucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled } },
            cancellationToken);
        for (var n = 0; n < 40; n++)
        {
            var key = n % 8 == 7 ? $"config/app-{n % 2}.json" : $"logs/app-{n % 6}.log";
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = VersionedBucket, Key = key, ContentBody = new string('x', 100 + n) }, cancellationToken);
        }

        await s3.DeleteObjectAsync(VersionedBucket, "logs/app-5.log", cancellationToken);
    }
}
