using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Actions;

/// <summary><c>s3 objects</c> and <c>s3 delete</c> over several buckets with --parallel, paging and predicates on BucketName.</summary>
public sealed class MultiBucketCommandEdgeTests : CliTestBase
{
    private static readonly string Nl = Environment.NewLine;

    [Fact]
    public async Task Parallel_objects_of_several_buckets_print_what_the_sequential_command_prints()
    {
        string[] command = ["s3", "objects", $"{TestData.OtherBucket},{TestData.Bucket}", "--select", "BucketName,Key", "--output", "text"];

        var sequential = await RunAsync(command);
        var parallel = await RunAsync([.. command, "--parallel", "4"]);

        sequential.ExitCode.Should().Be(0, sequential.ToString());
        parallel.ExitCode.Should().Be(0, parallel.ToString());
        parallel.Out.Should().Be(sequential.Out);
        sequential.OutLines.Should().HaveCount(7);
    }

    [Fact]
    public async Task Paging_a_where_on_BucketName_ORed_with_a_key_prefix_prints_every_object_once()
    {
        string[] command =
        [
            "s3", "objects", $"{TestData.Bucket},{TestData.OtherBucket}", "--where", "BucketName == \"logs-eu\" || Key.StartsWith(\"docs/\")",
            "--select", "BucketName,Key", "--output", "text", "--max-items", "2",
        ];

        var first = await RunAsync(command);
        var token = first.Error.Split(' ')[^1].Trim();
        var second = await RunAsync([.. command, "--starting-token", token]);

        first.ExitCode.Should().Be(0, first.ToString());
        second.ExitCode.Should().Be(0, second.ToString());
        (first.Out + second.Out).Should().Be($"media\tdocs/guide, part 1.pdf{Nl}media\tdocs/readme.txt{Nl}logs-eu\taccess.log{Nl}");
    }

    [Fact]
    public async Task Delete_with_a_where_on_BucketName_lists_and_deletes_that_bucket_only()
    {
        var done = await RunAsync("s3", "delete", $"{TestData.Bucket},{TestData.OtherBucket}", "--where", "BucketName == \"logs-eu\"", "--yes");

        done.ExitCode.Should().Be(0, done.ToString());
        done.Out.Should().Be("DeleteObjects: 1 selected, 1 succeeded, 0 failed in 1 call" + Nl);
        Server.Requests.For("s3", "ListObjectsV2").Select(r => r.Bucket).Should().Equal(TestData.OtherBucket);
        Server.S3.ListAll(TestData.OtherBucket).Should().BeEmpty();
        Server.S3.ListAll(TestData.Bucket).Should().HaveCount(6);
    }
}
