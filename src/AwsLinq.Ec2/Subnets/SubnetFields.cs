using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Subnets;

/// <summary>The subnet properties EC2 can filter on, with the filter names of DescribeSubnets.</summary>
internal static class SubnetFields
{
    public static Ec2Fields Fields { get; } = new(
        new Dictionary<string, FilterField>(StringComparer.Ordinal)
        {
            ["SubnetId"] = new("subnet-id"),
            ["VpcId"] = new("vpc-id"),
            ["CidrBlock"] = new("cidr-block"),
            ["AvailabilityZone"] = new("availability-zone"),
            ["AvailabilityZoneId"] = new("availability-zone-id"),
            ["State"] = new("state"),
            ["AvailableIpAddressCount"] = new("available-ip-address-count"),
            ["DefaultForAz"] = new("default-for-az"),
            ["MapPublicIpOnLaunch"] = new("map-public-ip-on-launch"),
            ["OwnerId"] = new("owner-id"),
        },
        typeof(SubnetExtensions).GetMethod(nameof(SubnetExtensions.Tag)));
}
