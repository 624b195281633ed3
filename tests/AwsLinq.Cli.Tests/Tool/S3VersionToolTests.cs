using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Tool;

/// <summary>
/// The S3 versions collection and its delete through the installed awslinq: both come from the S3 catalog, with no
/// command code of their own.
/// </summary>
public sealed class S3VersionToolTests : ToolTestBase
{
    private const string Bucket = "history";
    private const string OldLogs = "Key.StartsWith(\"logs/\") && IsLatest != true";

    public S3VersionToolTests() => UseStaticKeys("AKIDS3V");

    [Fact]
    public async Task Versions_explain_shows_the_prefix_sent_and_the_rest_in_memory_without_sending_anything()
    {
        await SeedHistoryAsync();

        var result = await RunAsync("s3", "versions", Bucket, "--where", OldLogs, "--explain", "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines.Should().Equal(
            "S3 ListObjectVersions of bucket 'history'",
            "  request: ListObjectVersions Bucket=history, Prefix=logs/",
            "  in memory: where v => v.IsLatest != true; select Key, VersionId, IsLatest, IsDeleteMarker, Size, LastModified",
            "  stops: after the last page",
            "  follow-up calls: none");
        Server.Requests.For("s3", "ListObjectVersions").Should().BeEmpty();
    }

    [Fact]
    public async Task Delete_versions_dry_run_lists_the_old_log_versions_and_deletes_nothing()
    {
        var old = await SeedHistoryAsync();

        var result = await RunAsync("s3", "delete-versions", Bucket, "--where", OldLogs, "--dry-run", "--endpoint-url", Endpoint);

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines.Should().Equal(
            [
                $"target: account 000000000000, region us-east-1, endpoint {Endpoint}",
                "DeleteObjects (dry run): 2 selected, would act on 2, 0 refused, 0 calls sent",
                "selected:",
                .. old.Select(id => $"  {id}"),
            ]);
        result.Error.Should().BeEmpty();
        Server.Requests.For("s3", "DeleteObjects").Should().BeEmpty();
        var request = Server.Requests.For("s3", "ListObjectVersions").Should().ContainSingle().Subject;
        request.Parameter("Prefix").Should().Be("logs/");
    }

    // logs/a has three versions, the newest a delete marker; logs/b and data/c one each.
    private async Task<IReadOnlyList<string>> SeedHistoryAsync()
    {
        Server.S3.CreateBucket(Bucket);
        using var s3 = Server.CreateS3Client();
        await s3.PutBucketVersioningAsync(new PutBucketVersioningRequest
        {
            BucketName = Bucket,
            VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
        });
        foreach (var key in new[] { "logs/a", "logs/a", "logs/b", "data/c" })
        {
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, ContentBody = key });
        }

        await s3.DeleteObjectAsync(Bucket, "logs/a");
        var versions = (await s3.ListVersionsAsync(Bucket)).Versions;
        Server.Requests.Clear();
        return versions.Where(v => v.Key == "logs/a" && v.IsLatest != true).Select(v => $"{v.Key}?versionId={v.VersionId}").ToList();
    }
}
