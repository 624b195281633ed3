using System.Net;
using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2;

public class LocalEc2DescribeInstancesTests : Ec2TestBase
{
    [Fact]
    public async Task The_response_carries_the_fields_of_the_instance()
    {
        SeedEach(new LocalEc2Instance
        {
            InstanceId = "i-0123456789abcdef0",
            InstanceType = "m5.large",
            State = "stopped",
            ImageId = "ami-0fedcba9876543210",
            KeyName = "deploy",
            AvailabilityZone = "us-east-1c",
            VpcId = "vpc-0a1b2c3d",
            SubnetId = "subnet-0a1b2c3d",
            PrivateIpAddress = "10.1.2.3",
            PublicIpAddress = "203.0.113.25",
            Architecture = "arm64",
            Platform = "windows",
            InstanceLifecycle = "spot",
            Tenancy = "dedicated",
            AmiLaunchIndex = 2,
            RootDeviceType = "instance-store",
            Hypervisor = "nitro",
            VirtualizationType = "paravirtual",
            IamInstanceProfileArn = "arn:aws:iam::123456789012:instance-profile/web",
            LaunchTime = Launched,
            Tags = new Dictionary<string, string> { ["Name"] = "web", ["env"] = "prod" },
        });

        var page = await Client.DescribeInstancesAsync(new DescribeInstancesRequest());

        var reservation = page.Reservations.Single();
        reservation.ReservationId.Should().MatchRegex("^r-[0-9a-f]{17}$");
        reservation.OwnerId.Should().Be(LocalEc2.AccountId);
        var instance = reservation.Instances.Single();
        instance.InstanceId.Should().Be("i-0123456789abcdef0");
        instance.InstanceType.Value.Should().Be("m5.large");
        (instance.State.Code, instance.State.Name.Value).Should().Be((80, "stopped"));
        instance.ImageId.Should().Be("ami-0fedcba9876543210");
        instance.KeyName.Should().Be("deploy");
        instance.Placement.AvailabilityZone.Should().Be("us-east-1c");
        instance.Placement.Tenancy.Value.Should().Be("dedicated");
        (instance.VpcId, instance.SubnetId).Should().Be(("vpc-0a1b2c3d", "subnet-0a1b2c3d"));
        (instance.PrivateIpAddress, instance.PrivateDnsName).Should().Be(("10.1.2.3", "ip-10-1-2-3.ec2.internal"));
        (instance.PublicIpAddress, instance.PublicDnsName).Should().Be(("203.0.113.25", "ec2-203-0-113-25.compute-1.amazonaws.com"));
        instance.Architecture.Value.Should().Be("arm64");
        instance.Platform.Should().Be(PlatformValues.Windows);
        instance.InstanceLifecycle.Value.Should().Be("spot");
        instance.AmiLaunchIndex.Should().Be(2);
        instance.RootDeviceType.Value.Should().Be("instance-store");
        instance.Hypervisor.Value.Should().Be("nitro");
        instance.VirtualizationType.Value.Should().Be("paravirtual");
        instance.IamInstanceProfile.Arn.Should().Be("arn:aws:iam::123456789012:instance-profile/web");
        instance.LaunchTime.Should().Be(Launched.UtcDateTime);
        instance.Tags.Select(t => (t.Key, t.Value)).Should().Equal(("Name", "web"), ("env", "prod"));
    }

    [Fact]
    public async Task InstanceIds_select_those_instances_in_listing_order_including_terminated_ones()
    {
        var ids = SeedEach(new LocalEc2Instance(), new LocalEc2Instance { State = "terminated" }, new LocalEc2Instance());

        var instances = await DescribeAllAsync(new DescribeInstancesRequest { InstanceIds = [ids[2], ids[1]] });

        instances.Select(i => (i.InstanceId, i.State.Name.Value)).Should().Equal((ids[1], "terminated"), (ids[2], "running"));
    }

    [Fact]
    public async Task MaxResults_with_InstanceIds_is_InvalidParameterCombination()
    {
        var ids = SeedEach(new LocalEc2Instance());

        var error = await FailureOf(() => Client.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = [.. ids], MaxResults = 5 }));

        error.ErrorCode.Should().Be("InvalidParameterCombination");
        error.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        error.Message.Should().Be("The parameter instancesSet cannot be used with the parameter maxResults");
    }

    [Theory]
    [InlineData(4, "Value ( 4 ) for parameter maxResults is invalid. Expecting a value greater than 5.")]
    [InlineData(1001, "Value ( 1001 ) for parameter maxResults is invalid. Expecting a value less than 1000.")]
    public async Task MaxResults_outside_5_to_1000_is_InvalidParameterValue(int maxResults, string message)
    {
        var error = await FailureOf(() => Client.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = maxResults }));

        error.ErrorCode.Should().Be("InvalidParameterValue");
        error.Message.Should().Be(message);
    }

    [Fact]
    public async Task An_unknown_id_is_InvalidInstanceID_NotFound()
    {
        SeedEach(new LocalEc2Instance());

        var error = await FailureOf(() => Client.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = ["i-0aaaaaaaaaaaaaaaa"] }));

        error.ErrorCode.Should().Be("InvalidInstanceID.NotFound");
        error.Message.Should().Be("The instance ID 'i-0aaaaaaaaaaaaaaaa' does not exist");
        error.RequestId.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Several_unknown_ids_are_named_together()
    {
        var error = await FailureOf(() => Client.DescribeInstancesAsync(
            new DescribeInstancesRequest { InstanceIds = ["i-0aaaaaaaaaaaaaaaa", "i-1234abcd"] }));

        error.Message.Should().Be("The instance IDs 'i-0aaaaaaaaaaaaaaaa, i-1234abcd' do not exist");
    }

    [Theory]
    [InlineData("i-123")]
    [InlineData("i-0123456789ABCDEF0")]
    [InlineData("vol-0123456789abcdef0")]
    public async Task A_malformed_id_is_InvalidInstanceID_Malformed(string id)
    {
        var error = await FailureOf(() => Client.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = [id] }));

        error.ErrorCode.Should().Be("InvalidInstanceID.Malformed");
        error.Message.Should().Be($"Invalid id: \"{id}\" (expecting \"i-...\")");
    }
}
