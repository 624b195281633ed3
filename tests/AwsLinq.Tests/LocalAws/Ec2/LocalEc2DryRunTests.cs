using System.Net;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2;

public class LocalEc2DryRunTests : Ec2TestBase
{
    [Fact]
    public async Task DryRun_answers_DryRunOperation_with_412_and_changes_nothing()
    {
        var ids = SeedEach(new LocalEc2Instance());
        Func<Task>[] calls =
        [
            () => Client.DescribeInstancesAsync(new DescribeInstancesRequest { DryRun = true }),
            () => Client.RunInstancesAsync(new RunInstancesRequest { ImageId = "ami-0abcdef1234567890", MinCount = 1, MaxCount = 1, DryRun = true }),
            () => Client.CreateTagsAsync(new CreateTagsRequest { Resources = [.. ids], Tags = [new Tag("k", "v")], DryRun = true }),
            () => Client.DeleteTagsAsync(new DeleteTagsRequest { Resources = [.. ids], DryRun = true }),
            () => Client.StartInstancesAsync(new StartInstancesRequest { InstanceIds = [.. ids], DryRun = true }),
            () => Client.StopInstancesAsync(new StopInstancesRequest { InstanceIds = [.. ids], DryRun = true }),
            () => Client.RebootInstancesAsync(new RebootInstancesRequest { InstanceIds = [.. ids], DryRun = true }),
            () => Client.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [.. ids], DryRun = true }),
        ];

        foreach (var call in calls)
        {
            var error = await FailureOf(call);
            error.ErrorCode.Should().Be("DryRunOperation");
            error.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
            error.Message.Should().Be("Request would have succeeded, but DryRun flag is set.");
        }

        State.Instances().Should().ContainSingle().Which.Should().Match<LocalEc2Instance>(i => i.State == "running" && i.Tags.Count == 0);
        Server.Requests.For("ec2").Should().HaveCount(8).And.OnlyContain(r => r.StatusCode == 412 && r.Parameter("DryRun") == "true");
    }

    [Fact]
    public async Task DryRun_still_reports_a_bad_request_as_such()
    {
        var error = await FailureOf(() => Client.StopInstancesAsync(new StopInstancesRequest { InstanceIds = ["i-nope"], DryRun = true }));

        error.ErrorCode.Should().Be("InvalidInstanceID.Malformed");
    }
}
