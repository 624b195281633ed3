using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Actions;

/// <summary>The bucket argument of <c>s3 objects</c> and <c>s3 delete</c> takes several buckets, comma-separated.</summary>
public sealed class MultiBucketCommandTests : CliTestBase
{
    private static readonly string Nl = Environment.NewLine;

    [Fact]
    public async Task Objects_of_several_buckets_come_one_bucket_after_the_other_with_the_prefix_sent_to_each()
    {
        var result = await RunAsync("s3", "objects", $"{TestData.OtherBucket},{TestData.Bucket}", "--where", "!Key.StartsWith(\"photos/\")", "--select", "BucketName,Key", "--output", "csv");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines.Should().Equal(
            "BucketName,Key",
            "logs-eu,access.log",
            "media,\"docs/guide, part 1.pdf\"",
            "media,docs/readme.txt",
            "media,index.html");
        Server.Requests.For("s3", "ListObjectsV2").Select(r => r.Bucket).Should().Equal(TestData.OtherBucket, TestData.Bucket);
    }

    [Fact]
    public async Task Explain_shows_one_request_per_bucket()
    {
        var result = await RunAsync("s3", "objects", $"{TestData.Bucket},{TestData.OtherBucket}", "--where", "Key.StartsWith(\"docs/\")", "--explain");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines.Take(3).Should().Equal(
            "S3 ListObjectsV2 of buckets 'media', 'logs-eu'",
            "  request: ListObjectsV2 Bucket=media, Prefix=docs/",
            "  request: ListObjectsV2 Bucket=logs-eu, Prefix=docs/");
        Server.Requests.For("s3").Should().BeEmpty();
    }

    [Fact]
    public async Task Delete_over_several_buckets_calls_each_bucket_and_a_dry_run_names_bucket_slash_key()
    {
        var dry = await RunAsync("s3", "delete", $"{TestData.Bucket},{TestData.OtherBucket}", "--where", "Key.EndsWith(\".log\") || Key.EndsWith(\".html\")", "--dry-run");
        var done = await RunAsync("s3", "delete", $"{TestData.Bucket},{TestData.OtherBucket}", "--where", "Key.EndsWith(\".log\") || Key.EndsWith(\".html\")", "--yes");

        dry.ExitCode.Should().Be(0, dry.ToString());
        dry.OutLines.Should().Equal(TargetLine, "DeleteObjects (dry run): 2 selected, would act on 2, 0 refused, 0 calls sent", "selected:", "  media/index.html", "  logs-eu/access.log");
        done.ExitCode.Should().Be(0, done.ToString());
        done.Out.Should().Be("DeleteObjects: 2 selected, 2 succeeded, 0 failed in 2 calls" + Nl);
        Server.Requests.For("s3", "DeleteObjects").Select(r => r.Bucket).Should().Equal(TestData.Bucket, TestData.OtherBucket);
        Server.S3.ListAll(TestData.OtherBucket).Should().BeEmpty();
        Server.S3.ListAll(TestData.Bucket).Should().HaveCount(5);
    }

    [Fact]
    public async Task A_missing_bucket_among_several_is_the_one_named()
    {
        var result = await RunAsync("s3", "objects", $"{TestData.Bucket},no-such-bucket", "--count");

        result.ExitCode.Should().Be(254);
        result.Error.Should().StartWith("awslinq: The bucket 'no-such-bucket' does not exist: ").And.EndWith($" (NoSuchBucket).{Nl}");
    }

    [Fact]
    public async Task Max_items_over_several_buckets_continues_where_it_stopped_not_after_a_key_of_another_bucket()
    {
        string[] command = ["s3", "objects", $"{TestData.Bucket},{TestData.OtherBucket}", "--select", "BucketName,Key", "--output", "text", "--max-items", "5"];

        var first = await RunAsync(command);
        var token = first.Error.Split(' ')[^1].Trim();
        var second = await RunAsync([.. command, "--starting-token", token]);

        first.ExitCode.Should().Be(0, first.ToString());
        second.ExitCode.Should().Be(0, second.ToString());
        first.Out.Split(Nl, StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(5).And.OnlyContain(l => l.StartsWith("media\t", StringComparison.Ordinal));

        // Resumed after the last key printed, photos/2024/b.jpg, the second bucket's access.log would be skipped.
        second.Out.Should().Be($"media\tphotos/2024/c.jpg{Nl}logs-eu\taccess.log{Nl}");
    }

    [Theory]
    [InlineData("media,,logs-eu", "awslinq: bucket 'media,,logs-eu' has '', which is not a valid bucket name")]
    [InlineData("media,a/b", "awslinq: bucket 'media,a/b' has 'a/b', which is not a valid bucket name")]
    [InlineData("media,logs-eu,media", "awslinq: bucket 'media,logs-eu,media' has 'media' twice: give each bucket once.")]
    public async Task A_bucket_list_that_cannot_be_listed_is_refused_before_anything_is_sent(string buckets, string error)
    {
        var result = await RunAsync("s3", "objects", buckets);

        result.ExitCode.Should().NotBe(0);
        result.Error.Should().StartWith(error);
        Server.Requests.For("s3").Should().BeEmpty();
    }
}
