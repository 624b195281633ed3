using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Actions;

public sealed class SqsActionCommandTests : CliTestBase
{
    [Fact]
    public async Task Delete_without_yes_deletes_no_queue()
    {
        var result = await RunAsync("sqs", "delete", "--where", "Name.StartsWith(\"orders\")");

        result.ExitCode.Should().Be(4);
        result.Out.Should().Contain("DeleteQueue (dry run): 2 selected");
        result.Error.Should().StartWith($"awslinq: refusing to delete 2 queues in {Target} without --yes;");
        Server.Requests.For("sqs", "DeleteQueue").Should().BeEmpty();
        Server.Sqs.QueueUrls().Should().HaveCount(3);
    }

    [Fact]
    public async Task Delete_with_yes_deletes_the_selected_queues()
    {
        var result = await RunAsync("sqs", "delete", "--where", "Name.StartsWith(\"orders\")", "--yes");

        result.ExitCode.Should().Be(0, result.ToString());
        Server.Sqs.QueueUrls().Should().ContainSingle().Which.Should().EndWith("/billing");
    }

    [Fact]
    public async Task Purge_empties_the_queues_that_match_an_attribute_predicate()
    {
        var result = await RunAsync("sqs", "purge", "--where", "ApproximateNumberOfMessages > 5", "--yes");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be("PurgeQueue: 1 selected, 1 succeeded, 0 failed in 1 call" + Environment.NewLine);
        var purge = Server.Requests.For("sqs", "PurgeQueue").Should().ContainSingle().Subject;
        purge.Parameter("QueueUrl").Should().EndWith("/orders");
    }
}
