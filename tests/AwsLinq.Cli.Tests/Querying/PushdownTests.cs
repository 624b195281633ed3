using System.Text.Json;
using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Querying;

/// <summary>The options become the same AwsLinq query a C# program would write, so the same filters reach AWS.</summary>
public sealed class PushdownTests : CliTestBase
{
    [Fact]
    public async Task Where_key_starts_with_is_sent_as_the_prefix()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--where", "Key.StartsWith(\"photos/\")", "--select", "Key");

        result.ExitCode.Should().Be(0, result.ToString());
        var request = Server.Requests.For("s3", "ListObjectsV2", TestData.Bucket).Should().ContainSingle().Subject;
        request.Parameter("Prefix").Should().Be("photos/");
        Keys(result).Should().Equal("photos/2024/a.jpg", "photos/2024/b.jpg", "photos/2024/c.jpg");
    }

    [Fact]
    public async Task A_predicate_s3_cannot_filter_runs_in_memory_after_the_prefix()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--where", "Key.StartsWith(\"photos/\") && Size > 1000000 && StorageClass != \"GLACIER\"", "--select", "Key");

        Keys(result).Should().Equal("photos/2024/a.jpg");
        Server.Requests.For("s3", "ListObjectsV2").Should().ContainSingle().Which.Parameter("Prefix").Should().Be("photos/");
    }

    [Fact]
    public async Task Take_is_sent_as_max_keys()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--take", "2", "--select", "Key");

        Keys(result).Should().Equal("docs/guide, part 1.pdf", "docs/readme.txt");
        Server.Requests.For("s3", "ListObjectsV2").Should().ContainSingle().Which.Parameter("MaxKeys").Should().Be("2");
    }

    [Fact]
    public async Task Page_size_sets_max_keys_on_every_page()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--page-size", "2", "--count");

        result.Out.Trim().Should().Be("6");
        Server.Requests.For("s3", "ListObjectsV2").Select(r => r.Parameter("MaxKeys")).Should().Equal("2", "2", "2");
    }

    [Fact]
    public async Task Order_by_skip_and_take_run_as_linq_operators()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--order-by", "Size desc, Key", "--skip", "1", "--take", "2", "--select", "Key");

        Keys(result).Should().Equal("photos/2024/a.jpg", "docs/guide, part 1.pdf");
    }

    [Fact]
    public async Task Bucket_region_is_sent_to_list_buckets()
    {
        var result = await RunAsync("s3", "buckets", "--where", "BucketRegion == \"eu-west-1\"", "--select", "BucketName", "--output", "csv");

        result.OutLines.Should().Equal("BucketName", "logs-eu");
        Server.Requests.For("s3", "ListBuckets").Should().ContainSingle().Which.Parameter("BucketRegion").Should().Be("eu-west-1");
    }

    [Fact]
    public async Task Instance_tag_and_state_become_ec2_filters()
    {
        var result = await RunAsync("ec2", "instances", "--where", "Tag(\"env\") == \"prod\" && State.Name == \"running\"", "--select", "InstanceId", "--output", "csv");

        result.OutLines.Should().Equal("InstanceId", "i-0000000000000000a");
        var request = Server.Requests.For("ec2", "DescribeInstances").Should().ContainSingle().Subject;
        request.Parameter("Filter:tag:env").Should().Be("prod");
        request.Parameter("Filter:instance-state-name").Should().Be("running");
    }

    [Fact]
    public async Task Queue_name_prefix_is_sent_and_only_the_columns_shown_are_fetched()
    {
        var result = await RunAsync("sqs", "queues", "--where", "Name.StartsWith(\"orders\")", "--select", "Name", "--output", "csv");

        result.OutLines.Should().Equal("Name", "orders", "orders-retry");
        Server.Requests.For("sqs", "ListQueues").Should().ContainSingle().Which.Parameter("QueueNamePrefix").Should().Be("orders");
        Server.Requests.For("sqs", "GetQueueAttributes").Should().BeEmpty("no column or predicate reads an attribute");
    }

    [Fact]
    public async Task The_default_queue_columns_fetch_the_message_count()
    {
        var result = await RunAsync("sqs", "queues", "--where", "ApproximateNumberOfMessages > 0", "--output", "csv", "--select", "Name,ApproximateNumberOfMessages");

        result.OutLines.Should().Equal("Name,ApproximateNumberOfMessages", "billing,2", "orders,12");
        Server.Requests.For("sqs", "GetQueueAttributes").Should().HaveCount(3);
    }

    [Fact]
    public async Task Count_prints_the_number_and_keeps_the_prefix()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--where", "Key.StartsWith(\"docs/\")", "--count");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Be("2" + Environment.NewLine);
        Server.Requests.For("s3", "ListObjectsV2").Should().ContainSingle().Which.Parameter("Prefix").Should().Be("docs/");
    }

    [Fact]
    public async Task Explain_prints_the_plan_and_sends_nothing()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--where", "Key.StartsWith(\"photos/\") && Size > 1000000", "--take", "5", "--explain");

        result.ExitCode.Should().Be(0, result.ToString());
        Server.Requests.Snapshot().Should().BeEmpty();
        result.OutLines.Should().Equal(
            "S3 ListObjectsV2 of bucket 'media'",
            "  request: ListObjectsV2 Bucket=media, Prefix=photos/",
            "  in memory: where o => o.Size > 1000000; take 5; select Key, Size, LastModified, StorageClass",
            "  stops: after 5 matching items, or after the last page",
            "  follow-up calls: none");
    }

    [Fact]
    public async Task Explain_shows_the_follow_up_calls_the_columns_need()
    {
        var result = await RunAsync("sqs", "queues", "--explain");

        Server.Requests.Snapshot().Should().BeEmpty();
        result.Out.Should().Contain("follow-up calls: GetQueueAttributes (ApproximateNumberOfMessages) per queue");
    }

    [Fact]
    public async Task Explain_of_count_sends_nothing()
    {
        var result = await RunAsync("ec2", "instances", "--where", "InstanceType == \"t3.micro\"", "--count", "--explain");

        result.ExitCode.Should().Be(0);
        Server.Requests.Snapshot().Should().BeEmpty();
        result.Out.Should().Contain("Filter:instance-type=t3.micro");
    }

    private static IEnumerable<string?> Keys(CliResult result)
    {
        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.EnumerateArray().Select(e => e.GetProperty("Key").GetString()).ToList();
    }
}
