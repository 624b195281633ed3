using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2;

public class LocalEc2FaultTests : Ec2TestBase
{
    [Fact]
    public async Task FailAction_fails_every_call_of_that_action_until_Reset()
    {
        SeedEach(new LocalEc2Instance());
        State.Faults.FailAction("DescribeInstances", "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var first = await FailureOf(() => Client.DescribeInstancesAsync(new DescribeInstancesRequest()));
        var second = await FailureOf(() => Client.DescribeInstancesAsync(new DescribeInstancesRequest()));
        await Client.RebootInstancesAsync(new RebootInstancesRequest { InstanceIds = [State.Instances()[0].InstanceId] });
        State.Faults.Reset();
        var after = await Client.DescribeInstancesAsync(new DescribeInstancesRequest());

        first.ErrorCode.Should().Be("UnauthorizedOperation");
        first.Message.Should().Be("You are not authorized to perform this operation.");
        second.ErrorCode.Should().Be("UnauthorizedOperation");
        after.Reservations.Should().ContainSingle();
    }

    [Fact]
    public async Task A_fault_for_a_number_of_calls_lets_the_SDK_retry_a_throttled_call()
    {
        SeedEach(new LocalEc2Instance());
        State.Faults.FailAction("DescribeInstances", "RequestLimitExceeded", "Request limit exceeded.", times: 1, statusCode: 503);

        var page = await Client.DescribeInstancesAsync(new DescribeInstancesRequest());

        page.Reservations.Should().ContainSingle();
        Server.Requests.For("ec2", "DescribeInstances").Select(r => r.StatusCode).Should().Equal(503, 200);
    }
}
