using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Actions;

public sealed class S3DeleteCommandTests : CliTestBase
{
    private static readonly string[] Photos = ["photos/2024/a.jpg", "photos/2024/b.jpg", "photos/2024/c.jpg"];

    [Fact]
    public async Task Without_yes_it_shows_where_and_what_it_would_delete_deletes_nothing_and_exits_4()
    {
        var result = await RunAsync("s3", "delete", TestData.Bucket, "--where", "Key.StartsWith(\"photos/\")");

        result.ExitCode.Should().Be(4);
        result.OutLines.Should().Equal(
            "S3 ListObjectsV2 of bucket 'media'",
            "  request: ListObjectsV2 Bucket=media, Prefix=photos/",
            "  in memory: nothing",
            "  stops: after the last page",
            "  follow-up calls: none",
            "  action: DeleteObjects per page of at most 1000 keys, not Quiet: S3 confirms each key",
            TargetLine,
            "DeleteObjects (dry run): 3 selected, would act on 3, 0 refused, 0 calls sent",
            "selected:",
            "  photos/2024/a.jpg",
            "  photos/2024/b.jpg",
            "  photos/2024/c.jpg");
        result.Error.Should().Be(
            $"awslinq: refusing to delete 3 objects in {Target} without --yes; nothing was changed. Check the list above, then run again with --yes." + Environment.NewLine);
        Server.Requests.For("sts", "GetCallerIdentity").Should().ContainSingle();
        Server.Requests.For("s3", "DeleteObjects").Should().BeEmpty();
        Server.S3.ListAll(TestData.Bucket).Should().HaveCount(6);
    }

    [Fact]
    public async Task With_yes_it_deletes_the_selected_objects()
    {
        var result = await RunAsync("s3", "delete", TestData.Bucket, "--where", "Key.StartsWith(\"photos/\") && Size > 1000000", "--yes");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be("DeleteObjects: 2 selected, 2 succeeded, 0 failed in 1 call" + Environment.NewLine);
        Server.S3.ListAll(TestData.Bucket).Select(o => o.Key).Should().NotContain(["photos/2024/a.jpg", "photos/2024/c.jpg"]).And.Contain("photos/2024/b.jpg");
        Server.Requests.For("s3", "DeleteObjects").Should().ContainSingle();
    }

    [Fact]
    public async Task Dry_run_lists_the_selection_and_succeeds_without_deleting()
    {
        var result = await RunAsync("s3", "delete", TestData.Bucket, "--where", "Key.StartsWith(\"photos/\")", "--dry-run");

        result.ExitCode.Should().Be(0);
        result.OutLines.Should().Equal([TargetLine, "DeleteObjects (dry run): 3 selected, would act on 3, 0 refused, 0 calls sent", "selected:", .. Photos.Select(k => "  " + k)]);
        Server.S3.ListAll(TestData.Bucket).Should().HaveCount(6);
    }

    [Fact]
    public async Task Take_limits_what_is_deleted()
    {
        var result = await RunAsync("s3", "delete", TestData.Bucket, "--where", "Key.StartsWith(\"photos/\")", "--take", "1", "-y");

        result.ExitCode.Should().Be(0, result.ToString());
        Server.S3.ListAll(TestData.Bucket).Select(o => o.Key).Should().NotContain("photos/2024/a.jpg").And.HaveCount(5);
    }

    [Fact]
    public async Task Items_the_service_refuses_are_listed_and_the_exit_code_is_3()
    {
        Server.S3.Faults.DeniedDeleteKeys = new HashSet<string> { "photos/2024/b.jpg" };

        var result = await RunAsync("s3", "delete", TestData.Bucket, "--where", "Key.StartsWith(\"photos/\")", "--yes");

        result.ExitCode.Should().Be(3, result.ToString());
        result.OutLines.Should().Equal(
            "DeleteObjects: 3 selected, 2 succeeded, 1 failed in 1 call",
            "failed:",
            "  photos/2024/b.jpg  AccessDenied  Access Denied");
        Server.S3.ListAll(TestData.Bucket).Select(o => o.Key).Should().Contain("photos/2024/b.jpg").And.NotContain("photos/2024/a.jpg");
    }

    [Fact]
    public async Task Explain_names_the_action_and_sends_nothing()
    {
        var result = await RunAsync("s3", "delete", TestData.Bucket, "--where", "Key.StartsWith(\"docs/\")", "--explain");

        result.ExitCode.Should().Be(0);
        result.OutLines.Should().Contain("  action: DeleteObjects per page of at most 1000 keys, not Quiet: S3 confirms each key");
        Server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task Nothing_selected_is_not_a_refusal()
    {
        var result = await RunAsync("s3", "delete", TestData.Bucket, "--where", "Key.StartsWith(\"none/\")");

        result.ExitCode.Should().Be(0);
        result.OutLines.Should().Equal(TargetLine, "DeleteObjects (dry run): 0 selected, would act on 0, 0 refused, 0 calls sent");
    }
}
