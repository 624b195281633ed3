using AwsLinq.Cli.Tests.Infrastructure;

namespace AwsLinq.Cli.Tests.Actions;

public sealed class Ec2ActionCommandTests : CliTestBase
{
    [Fact]
    public async Task Stop_without_yes_asks_ec2_for_a_dry_run_only()
    {
        var result = await RunAsync("ec2", "stop", "--where", "Tag(\"env\") == \"prod\" && State.Name == \"running\"");

        result.ExitCode.Should().Be(4);
        result.Error.Should().StartWith($"awslinq: refusing to stop 1 instance in {Target} without --yes;");
        Server.Requests.For("ec2", "StopInstances").Should().ContainSingle().Which.Parameter("DryRun").Should().Be("true");
        Server.Ec2.FindInstance("i-0000000000000000a")!.State.Should().Be("running");
    }

    [Fact]
    public async Task Stop_with_yes_stops_the_selected_instances()
    {
        var result = await RunAsync("ec2", "stop", "--where", "Tag(\"env\") == \"prod\" && State.Name == \"running\"", "--yes", "--force");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Out.Should().Be("StopInstances: 1 selected, 1 succeeded, 0 failed in 1 call" + Environment.NewLine);
        var request = Server.Requests.For("ec2", "StopInstances").Should().ContainSingle().Subject;
        request.Parameter("InstanceIds").Should().Be("i-0000000000000000a");
        request.Parameter("Force").Should().Be("true");
        Server.Ec2.FindInstance("i-0000000000000000a")!.State.Should().NotBe("running");
    }

    [Fact]
    public async Task Tag_sets_tags_and_untag_removes_them()
    {
        var tagged = await RunAsync("ec2", "tag", "owner=ops", "team=core", "--where", "InstanceType == \"t3.micro\"", "--yes");
        var untagged = await RunAsync("ec2", "untag", "team", "--where", "InstanceId == \"i-0000000000000000c\"", "--yes");

        tagged.ExitCode.Should().Be(0, tagged.ToString());
        untagged.ExitCode.Should().Be(0, untagged.ToString());
        Server.Ec2.FindInstance("i-0000000000000000a")!.Tags.Should().Contain("owner", "ops").And.Contain("team", "core");
        Server.Ec2.FindInstance("i-0000000000000000c")!.Tags.Should().Contain("owner", "ops").And.NotContainKey("team");
        Server.Ec2.FindInstance("i-0000000000000000b")!.Tags.Should().NotContainKey("owner");
    }

    [Fact]
    public async Task A_tag_without_a_value_is_a_usage_error()
    {
        var result = await RunAsync("ec2", "tag", "owner", "--all", "--yes");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("awslinq: tag: 'owner' is not key=value." + Environment.NewLine);
        Server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task Instances_ec2_refuses_fail_the_command_with_exit_code_3()
    {
        Server.Ec2.Faults.FailAction("TerminateInstances", "OperationNotPermitted", "The instance may not be terminated.");

        var result = await RunAsync("ec2", "terminate", "--where", "InstanceId == \"i-0000000000000000b\"", "--yes");

        result.ExitCode.Should().Be(3, result.ToString());
        result.OutLines.Should().Equal(
            "TerminateInstances: 1 selected, 0 succeeded, 1 failed in 1 call",
            "failed:",
            "  i-0000000000000000b  OperationNotPermitted  The instance may not be terminated.");
    }
}
