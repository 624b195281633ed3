using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Instances;

/// <summary>The instance properties EC2 can filter on, by their path from the instance, with EC2's filter names.</summary>
internal static class InstanceFields
{
    public static Ec2Fields Fields { get; } = new(
        new Dictionary<string, FilterField>(StringComparer.Ordinal)
        {
            ["InstanceId"] = new("instance-id"),
            ["InstanceType"] = new("instance-type"),
            ["State.Name"] = new("instance-state-name"),

            // instance-state-code ignores the code's high byte, which EC2 reserves for internal use.
            ["State.Code"] = new("instance-state-code", Exact: false),
            ["Placement.Tenancy"] = new("tenancy"),
            ["Placement.AvailabilityZone"] = new("availability-zone"),
            ["VpcId"] = new("vpc-id"),
            ["SubnetId"] = new("subnet-id"),
            ["ImageId"] = new("image-id"),
            ["KeyName"] = new("key-name"),
            ["Architecture"] = new("architecture"),
            ["Platform"] = new("platform"),
            ["InstanceLifecycle"] = new("instance-lifecycle"),

            // The address filters also match an instance's secondary addresses.
            ["PrivateIpAddress"] = new("private-ip-address", SingleValued: false, Exact: false),
            ["PublicIpAddress"] = new("ip-address", SingleValued: false, Exact: false),
            ["PrivateDnsName"] = new("private-dns-name"),
            ["PublicDnsName"] = new("dns-name"),
            ["AmiLaunchIndex"] = new("launch-index"),
            ["RootDeviceType"] = new("root-device-type"),
            ["Hypervisor"] = new("hypervisor"),
            ["VirtualizationType"] = new("virtualization-type"),
            ["IamInstanceProfile.Arn"] = new("iam-instance-profile.arn"),
        },
        typeof(InstanceTagExtensions).GetMethod(nameof(InstanceTagExtensions.Tag)));
}
