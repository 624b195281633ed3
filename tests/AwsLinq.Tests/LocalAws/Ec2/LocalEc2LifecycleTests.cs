using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2;

public class LocalEc2LifecycleTests : Ec2TestBase
{
    [Fact]
    public async Task RunInstances_reports_pending_then_describe_shows_running_with_the_tags()
    {
        var response = await Client.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-0abcdef1234567890",
            InstanceType = InstanceType.T3Small,
            MinCount = 2,
            MaxCount = 3,
            KeyName = "deploy",
            SubnetId = "subnet-0123",
            Placement = new Placement { AvailabilityZone = "us-east-1d", Tenancy = Tenancy.Dedicated },
            TagSpecifications =
            [
                new TagSpecification { ResourceType = ResourceType.Instance, Tags = [new Tag("Name", "api"), new Tag("env", "test")] },
                new TagSpecification { ResourceType = ResourceType.Volume, Tags = [new Tag("disk", "root")] },
            ],
        });

        var reservation = response.Reservation;
        reservation.ReservationId.Should().MatchRegex("^r-[0-9a-f]{17}$");
        reservation.Instances.Should().HaveCount(3);
        reservation.Instances.Should().OnlyContain(i => i.State.Name == InstanceStateName.Pending && i.State.Code == 0);
        reservation.Instances.Select(i => i.AmiLaunchIndex).Should().Equal(0, 1, 2);

        var described = await DescribeAllAsync(new DescribeInstancesRequest { InstanceIds = reservation.Instances.Select(i => i.InstanceId).ToList() });
        described.Should().HaveCount(3).And.OnlyContain(i =>
            i.State.Name == InstanceStateName.Running
            && i.InstanceType == InstanceType.T3Small
            && i.KeyName == "deploy"
            && i.SubnetId == "subnet-0123"
            && i.Placement.AvailabilityZone == "us-east-1d"
            && i.Placement.Tenancy == Tenancy.Dedicated);
        described[0].Tags.Select(t => (t.Key, t.Value)).Should().Equal(("Name", "api"), ("env", "test"));
        State.Instances().Should().HaveCount(3);
    }

    [Fact]
    public async Task RunInstances_without_an_image_is_MissingParameter()
    {
        var error = await FailureOf(() => Client.RunInstancesAsync(new RunInstancesRequest { MinCount = 1, MaxCount = 1 }));

        error.ErrorCode.Should().Be("MissingParameter");
        error.Message.Should().Be("The request must contain the parameter ImageId");
    }

    [Fact]
    public async Task Stop_then_start_report_the_transitions_as_EC2_does_and_settle_at_once()
    {
        var ids = SeedEach(new LocalEc2Instance(), new LocalEc2Instance { State = "stopped" });

        var stop = await Client.StopInstancesAsync(new StopInstancesRequest { InstanceIds = [.. ids], Force = true });

        stop.StoppingInstances.Select(c => (c.InstanceId, c.PreviousState.Name.Value, c.CurrentState.Name.Value, c.CurrentState.Code))
            .Should().Equal((ids[0], "running", "stopping", 64), (ids[1], "stopped", "stopped", 80));
        State.Instances().Select(i => i.State).Should().Equal("stopped", "stopped");

        var start = await Client.StartInstancesAsync(new StartInstancesRequest { InstanceIds = [ids[0]] });

        start.StartingInstances.Single().Should().Match<InstanceStateChange>(c =>
            c.PreviousState.Name == InstanceStateName.Stopped && c.CurrentState.Name == InstanceStateName.Pending);
        State.FindInstance(ids[0])!.State.Should().Be("running");
    }

    [Fact]
    public async Task Terminate_reports_shutting_down_and_leaves_the_instance_listed_as_terminated()
    {
        var ids = SeedEach(new LocalEc2Instance { State = "stopped" }, new LocalEc2Instance { State = "terminated" });

        var response = await Client.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [.. ids] });

        response.TerminatingInstances.Select(c => (c.PreviousState.Name.Value, c.CurrentState.Name.Value))
            .Should().Equal(("stopped", "shutting-down"), ("terminated", "terminated"));
        var listed = await DescribeAllAsync(new DescribeInstancesRequest());
        listed.Select(i => (i.InstanceId, i.State.Name.Value, i.State.Code)).Should().Equal((ids[0], "terminated", 48), (ids[1], "terminated", 48));
    }

    [Fact]
    public async Task Reboot_returns_and_changes_nothing()
    {
        var ids = SeedEach(new LocalEc2Instance(), new LocalEc2Instance { State = "terminated" });

        await Client.RebootInstancesAsync(new RebootInstancesRequest { InstanceIds = [.. ids] });

        State.Instances().Select(i => i.State).Should().Equal("running", "terminated");
        Server.Requests.For("ec2", "RebootInstances").Single().StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task Starting_a_terminated_instance_is_IncorrectInstanceState_and_changes_no_instance()
    {
        var ids = SeedEach(new LocalEc2Instance { State = "stopped" }, new LocalEc2Instance { State = "terminated" });

        var error = await FailureOf(() => Client.StartInstancesAsync(new StartInstancesRequest { InstanceIds = [.. ids] }));

        error.ErrorCode.Should().Be("IncorrectInstanceState");
        error.Message.Should().Be($"The instance '{ids[1]}' is not in a state from which it can be started.");
        State.Instances().Select(i => i.State).Should().Equal("stopped", "terminated");
    }

    [Fact]
    public async Task Stopping_an_instance_store_backed_instance_is_UnsupportedOperation()
    {
        var ids = SeedEach(new LocalEc2Instance { RootDeviceType = "instance-store" });

        var error = await FailureOf(() => Client.StopInstancesAsync(new StopInstancesRequest { InstanceIds = [.. ids] }));

        error.ErrorCode.Should().Be("UnsupportedOperation");
    }

    [Fact]
    public async Task State_changes_on_unknown_ids_are_InvalidInstanceID_NotFound()
    {
        var error = await FailureOf(() => Client.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = ["i-0ddddddddddddddd0"] }));

        error.ErrorCode.Should().Be("InvalidInstanceID.NotFound");
    }
}
