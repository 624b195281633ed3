using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2.Vpcs;

/// <summary>DescribeVpcs and DescribeSubnets through the SDK: the fields and the filters of the reference.</summary>
public sealed class LocalEc2VpcAndSubnetTests : Ec2TestBase
{
    private static readonly LocalEc2Vpc Main = new()
    {
        VpcId = "vpc-0aaaaaaaaaaaaaaaa",
        CidrBlock = "10.1.0.0/16",
        IsDefault = true,
        Tags = new Dictionary<string, string> { ["env"] = "prod" },
    };

    private static readonly LocalEc2Subnet Public = new()
    {
        SubnetId = "subnet-0bbbbbbbbbbbbbbbb",
        VpcId = "vpc-0aaaaaaaaaaaaaaaa",
        CidrBlock = "10.1.2.0/24",
        AvailabilityZone = "us-east-1c",
        MapPublicIpOnLaunch = true,
        DefaultForAz = true,
    };

    [Fact]
    public async Task A_vpc_and_a_subnet_read_back_with_every_field_EC2_reports()
    {
        State.Vpcs.Seed([Main]);
        State.Subnets.Seed([Public]);

        var vpc = (await Client.DescribeVpcsAsync(new DescribeVpcsRequest())).Vpcs.Single();
        var subnet = (await Client.DescribeSubnetsAsync(new DescribeSubnetsRequest())).Subnets.Single();

        (vpc.VpcId, vpc.CidrBlock, vpc.State.Value, vpc.IsDefault, vpc.InstanceTenancy.Value, vpc.DhcpOptionsId, vpc.OwnerId).Should().Be(
            ("vpc-0aaaaaaaaaaaaaaaa", "10.1.0.0/16", "available", true, "default", "default", LocalEc2.AccountId));
        var association = vpc.CidrBlockAssociationSet.Single();
        (association.CidrBlock, association.AssociationId, association.CidrBlockState.State.Value).Should().Be(("10.1.0.0/16", "vpc-cidr-assoc-0aaaaaaaaaaaaaaaa", "associated"));
        (subnet.SubnetId, subnet.VpcId, subnet.CidrBlock, subnet.AvailabilityZone, subnet.AvailabilityZoneId, subnet.AvailableIpAddressCount).Should().Be(
            ("subnet-0bbbbbbbbbbbbbbbb", "vpc-0aaaaaaaaaaaaaaaa", "10.1.2.0/24", "us-east-1c", "use1-az3", 251));
        (subnet.MapPublicIpOnLaunch, subnet.DefaultForAz, subnet.State.Value).Should().Be((true, true, "available"));
        subnet.SubnetArn.Should().Be($"arn:aws:ec2:us-east-1:{LocalEc2.AccountId}:subnet/subnet-0bbbbbbbbbbbbbbbb");
    }

    public static TheoryData<string, string> VpcFilters => new()
    {
        { "vpc-id", "vpc-0aaaaaaaaaaaaaaaa" },
        { "cidr", "10.1.0.0/16" },
        { "is-default", "true" },
        { "state", "available" },
        { "owner-id", LocalEc2.AccountId },
        { "dhcp-options-id", "default" },
        { "cidr-block-association.cidr-block", "10.1.*" },
        { "cidr-block-association.association-id", "vpc-cidr-assoc-0aaaaaaaaaaaaaaaa" },
        { "tag:env", "prod" },
    };

    [Theory]
    [MemberData(nameof(VpcFilters))]
    public async Task Each_VPC_filter_of_the_reference_selects_by_its_field(string name, string value)
    {
        State.Vpcs.Seed([Main, new LocalEc2Vpc { State = "pending", DhcpOptionsId = "dopt-01234567", OwnerId = "999999999999" }]);

        var vpcs = (await Client.DescribeVpcsAsync(new DescribeVpcsRequest { Filters = [Filter(name, value)] })).Vpcs;

        vpcs.Should().ContainSingle().Which.VpcId.Should().Be("vpc-0aaaaaaaaaaaaaaaa");
    }

    public static TheoryData<string, string> SubnetFilters => new()
    {
        { "subnet-id", "subnet-0bbbbbbbbbbbbbbbb" },
        { "vpc-id", "vpc-0aaaaaaaaaaaaaaaa" },
        { "cidr-block", "10.1.2.0/24" },
        { "cidrBlock", "10.1.2.0/24" },
        { "availability-zone", "us-east-1c" },
        { "availability-zone-id", "use1-az3" },
        { "default-for-az", "true" },
        { "map-public-ip-on-launch", "true" },
        { "available-ip-address-count", "251" },
    };

    [Theory]
    [MemberData(nameof(SubnetFilters))]
    public async Task Each_subnet_filter_of_the_reference_selects_by_its_field(string name, string value)
    {
        State.Subnets.Seed([Public, new LocalEc2Subnet { VpcId = "vpc-0cccccccccccccccc", CidrBlock = "10.2.0.0/20" }]);

        var subnets = (await Client.DescribeSubnetsAsync(new DescribeSubnetsRequest { Filters = [Filter(name, value)] })).Subnets;

        subnets.Should().ContainSingle().Which.SubnetId.Should().Be("subnet-0bbbbbbbbbbbbbbbb");
    }

    [Fact]
    public void Seeding_refuses_a_subnet_block_EC2_does_not_accept()
    {
        var act = () => State.Subnets.Seed([new LocalEc2Subnet { VpcId = "vpc-0aaaaaaaaaaaaaaaa", CidrBlock = "10.0.0.0/8" }]);

        act.Should().Throw<ArgumentException>().WithMessage("Subnet CIDR block '10.0.0.0/8' is not one EC2 accepts: the prefix must be /16 to /28.*");
    }
}
