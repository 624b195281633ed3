using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.S3.Uploads;

/// <summary><c>AbortAllAsync</c> over the real SDK client against LocalAws: the calls sent and the uploads left.</summary>
public sealed class UploadBatchActionTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    private static readonly DateTimeOffset Now = new(2024, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private (string Bucket, IReadOnlyList<string> Ids) Bucket(int count)
    {
        var bucket = s3.Bucket();
        var ids = s3.Server.S3.SeedUploads(bucket, Enumerable.Range(0, count).Select(i => new LocalS3Upload($"media/{i % 7}.mov", Now.AddHours(-6 * i))));
        return (bucket, ids);
    }

    private IReadOnlyList<ServedRequest> Aborts(string bucket) => s3.Server.Requests.For("s3", "AbortMultipartUpload", bucket);

    [Fact]
    public async Task Uploads_older_than_a_day_are_aborted_one_call_each()
    {
        var (bucket, _) = Bucket(20);
        var cutoff = Now.UtcDateTime.AddDays(-1);
        var stale = s3.Server.S3.ListUploads(bucket).Where(u => u.Initiated < cutoff).ToList();

        var result = await s3.Client.MultipartUploads(bucket).Where(u => u.Initiated < cutoff).AbortAllAsync();

        result.Succeeded.Should().BeEquivalentTo(stale.Select(u => $"{u.Key}?uploadId={u.UploadId}"), "calls run at once and end in any order");
        (result.Action, result.Selected, result.Calls, result.AllSucceeded).Should().Be(("AbortMultipartUpload", 15, 15, true));
        Aborts(bucket).Should().HaveCount(15);
        s3.Server.S3.ListUploads(bucket).Should().OnlyContain(u => u.Initiated >= cutoff).And.HaveCount(5);
    }

    [Fact]
    public async Task A_dry_run_lists_what_would_be_aborted_and_sends_nothing()
    {
        var (bucket, _) = Bucket(6);

        var result = await s3.Client.MultipartUploads(bucket).Where(u => u.Key == "media/3.mov").AbortAllAsync(new BatchOptions { DryRun = true });

        result.Succeeded.Should().ContainSingle().Which.Should().StartWith("media/3.mov?uploadId=");
        (result.DryRun, result.Selected, result.Calls).Should().Be((true, 1, 0));
        Aborts(bucket).Should().BeEmpty();
        s3.Server.S3.ListUploads(bucket).Should().HaveCount(6);
    }

    [Fact]
    public async Task An_upload_already_gone_counts_as_aborted()
    {
        var (bucket, ids) = Bucket(3);
        var query = s3.Client.MultipartUploads(bucket);
        var listed = await query.ToListAsync();
        await s3.Client.AbortMultipartUploadAsync(bucket, listed[0].Key, listed[0].UploadId);

        var result = await query.Where(u => ids.Contains(u.UploadId)).AbortAllAsync();

        (result.Selected, result.AllSucceeded).Should().Be((2, true));
        s3.Server.S3.ListUploads(bucket).Should().BeEmpty();
    }

    [Fact]
    public void Explain_shows_the_listing_and_the_calls()
    {
        var plan = s3.Client.MultipartUploads("media").Where(u => u.Key.StartsWith("tmp/")).Explain(q => q.AbortAllAsync(null, default));

        plan.Action.Should().Be("AbortMultipartUpload per upload, at most 8 at once");
    }
}
