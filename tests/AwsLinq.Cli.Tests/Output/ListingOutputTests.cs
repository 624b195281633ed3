using System.Text.Json;
using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Output;

public sealed class ListingOutputTests : CliTestBase
{
    [Fact]
    public async Task Table_aligns_columns_and_right_aligns_numbers()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--output", "table");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be(
            """
            Key                     Size     LastModified          StorageClass
            ----------------------  -------  --------------------  ------------
            docs/guide, part 1.pdf  2500000  2024-01-02T00:00:00Z  STANDARD
            docs/readme.txt            1200  2024-01-01T00:00:00Z  STANDARD
            index.html                 4096  2024-01-03T00:00:00Z  STANDARD
            photos/2024/a.jpg       3000000  2024-01-04T00:00:00Z  STANDARD
            photos/2024/b.jpg        500000  2024-01-05T00:00:00Z  STANDARD
            photos/2024/c.jpg       7000000  2024-01-06T00:00:00Z  GLACIER

            """.ReplaceLineEndings("\n").Replace("\n", Environment.NewLine, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_is_the_default_when_stdout_is_redirected()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--where", "Key.StartsWith(\"photos/\")", "--select", "Key,Size");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.EnumerateArray().Select(e => (e.GetProperty("Key").GetString(), e.GetProperty("Size").GetInt64()))
            .Should().Equal(("photos/2024/a.jpg", 3_000_000), ("photos/2024/b.jpg", 500_000), ("photos/2024/c.jpg", 7_000_000));
    }

    [Fact]
    public async Task Table_is_the_default_on_a_terminal()
    {
        var result = await RunOnTerminalAsync("s3", "buckets");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines.Should().Equal(
            "BucketName  BucketRegion  CreationDate",
            "----------  ------------  --------------------",
            "logs-eu     eu-west-1     2024-06-01T12:00:00Z",
            "media       us-east-1     2024-06-01T12:00:00Z");
    }

    [Fact]
    public async Task Csv_has_a_header_and_quotes_cells_with_commas()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--where", "Key.StartsWith(\"docs/\")", "--output", "csv");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutLines.Should().Equal(
            "Key,Size,LastModified,StorageClass",
            "\"docs/guide, part 1.pdf\",2500000,2024-01-02T00:00:00Z,STANDARD",
            "docs/readme.txt,1200,2024-01-01T00:00:00Z,STANDARD");
    }

    [Fact]
    public async Task Instance_tags_are_a_json_object_and_expressions_can_be_columns()
    {
        var result = await RunAsync("ec2", "instances", "--select", "InstanceId,Tag(\"Name\"),State.Name,Tags", "--output", "json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var first = json.RootElement[0];
        first.GetProperty("InstanceId").GetString().Should().Be("i-0000000000000000a");
        first.GetProperty("Tag(\"Name\")").GetString().Should().Be("web-1");
        first.GetProperty("State.Name").GetString().Should().Be("running");
        first.GetProperty("Tags").GetProperty("env").GetString().Should().Be("prod");
        json.RootElement.GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task Tags_read_as_key_value_pairs_in_a_table()
    {
        var result = await RunAsync("ec2", "instances", "--where", "InstanceId == \"i-0000000000000000b\"", "--output", "table");

        result.OutLines.Should().Equal(
            "InstanceId           InstanceType  State.Name  LaunchTime            Tags",
            "-------------------  ------------  ----------  --------------------  -------------------",
            "i-0000000000000000b  m5.large      running     2024-01-01T00:00:00Z  env=dev, Name=web-2");
    }

    [Fact]
    public async Task Select_star_shows_every_property()
    {
        var result = await RunAsync("sqs", "queues", "--where", "Name == \"billing\"", "--select", "*");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var queue = json.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        queue.GetProperty("Name").GetString().Should().Be("billing");
        queue.GetProperty("ApproximateNumberOfMessages").GetInt64().Should().Be(2);
        queue.GetProperty("IsFifo").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task An_empty_result_is_an_empty_json_array()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--where", "Key.StartsWith(\"nothing/\")");

        result.ExitCode.Should().Be(0);
        result.Out.Trim().Should().Be("[]");
    }

    [Fact]
    public async Task Nothing_but_results_goes_to_a_redirected_stderr()
    {
        var result = await RunAsync("s3", "objects", TestData.Bucket, "--count");

        result.Out.Trim().Should().Be("6");
        result.Error.Should().BeEmpty("progress is only for a terminal");
    }
}
