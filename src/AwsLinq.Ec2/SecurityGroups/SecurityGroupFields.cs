using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.SecurityGroups;

/// <summary>
/// The security group properties EC2 can filter on, with the filter names of DescribeSecurityGroups: inbound rules
/// (<c>IpPermissions</c>) as <c>ip-permission.*</c>, outbound ones as <c>egress.ip-permission.*</c>. EC2 matches each
/// filter against any rule, so two fields of one rule (<c>p.FromPort == 22 &amp;&amp; p.Ipv4Ranges.Any(...)</c>) run in memory.
/// </summary>
internal static class SecurityGroupFields
{
    public static Ec2Fields Fields { get; } = new(
        new Dictionary<string, FilterField>(
            [
                KeyValuePair.Create("GroupId", new FilterField("group-id")),
                KeyValuePair.Create("GroupName", new FilterField("group-name")),
                KeyValuePair.Create("Description", new FilterField("description")),
                KeyValuePair.Create("VpcId", new FilterField("vpc-id")),
                KeyValuePair.Create("OwnerId", new FilterField("owner-id")),
                .. Rules("IpPermissions", "ip-permission."),
                .. Rules("IpPermissionsEgress", "egress.ip-permission."),
            ],
            StringComparer.Ordinal),
        typeof(SecurityGroupExtensions).GetMethod(nameof(SecurityGroupExtensions.Tag)));

    private static IEnumerable<KeyValuePair<string, FilterField>> Rules(string property, string prefix) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["IpProtocol"] = "protocol",
            ["FromPort"] = "from-port",
            ["ToPort"] = "to-port",
            ["Ipv4Ranges[].CidrIp"] = "cidr",
            ["Ipv6Ranges[].CidrIpv6"] = "ipv6-cidr",
            ["UserIdGroupPairs[].GroupId"] = "group-id",
            ["UserIdGroupPairs[].UserId"] = "user-id",
        }.Select(f => KeyValuePair.Create($"{property}[].{f.Key}", new FilterField(prefix + f.Value, SingleValued: false)));
}
