using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Ec2.Subnets;

/// <summary>30 subnets over three VPCs and three zones, public and private, of several sizes.</summary>
public static class SubnetSpecData
{
    public static IReadOnlyList<string> VpcIds { get; } = ["vpc-00000000000000001", "vpc-00000000000000002", "vpc-00000000000000003"];

    public static IReadOnlyList<LocalEc2Subnet> Subnets { get; } = [.. Enumerable.Range(0, 30).Select(n => new LocalEc2Subnet
    {
        SubnetId = $"subnet-{n + 1:x17}",
        VpcId = VpcIds[n % 3],
        CidrBlock = $"10.{n % 3}.{n}.0/{(n % 4 == 0 ? 20 : 24)}",
        AvailabilityZone = $"us-east-1{(char)('a' + n % 3)}",
        MapPublicIpOnLaunch = n % 2 == 0,
        DefaultForAz = n < 3,
        AvailableIpAddressCount = n % 5 == 0 ? 0 : null,
        Tags = new Dictionary<string, string> { ["tier"] = n % 2 == 0 ? "public" : "private" },
    })];
}
