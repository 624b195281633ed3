using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.SecurityGroups;

/// <summary>Security groups as the generic store and operations see them: ids, errors, completion, filters and XML.</summary>
internal static class SecurityGroupModel
{
    private static readonly LocalEc2SecurityGroupRule AllOutbound = new() { Protocol = "-1", Cidrs = ["0.0.0.0/0"] };

    public static Func<IReadOnlyList<string>, Ec2ErrorException> NotFound { get; } =
        ResourceErrors.NotFound("InvalidGroup.NotFound", id => $"The security group '{id}' does not exist", ids => $"The security groups '{ids}' do not exist");

    public static ResourceKind<LocalEc2SecurityGroup> Kind { get; } = new()
    {
        Name = "security-group",
        IdPrefix = "sg",
        GivenId = g => g.GroupId,
        Id = g => g.GroupId!,
        Tags = g => g.Tags,
        WithTags = (g, tags) => g with { Tags = tags },
        Complete = Complete,
        Malformed = ResourceErrors.Malformed("InvalidGroupId.Malformed", "sg"),
        NotFound = NotFound,
    };

    // The reference's filters of DescribeSecurityGroups: inbound rules as ip-permission.*, outbound as egress.ip-permission.*.
    public static FilterFields<LocalEc2SecurityGroup> Fields { get; } = Rules(Rules(new(g => g.Tags)
    {
        { "group-id", g => g.GroupId },
        { "group-name", g => g.GroupName },
        { "description", g => g.Description },
        { "vpc-id", g => g.VpcId },
        { "owner-id", g => g.OwnerId },
    }, "ip-permission.", g => g.Ingress), "egress.ip-permission.", g => g.Egress!);

    public static object?[] Item(LocalEc2SecurityGroup g, string region) =>
    [
        Ec2Xml.Element("ownerId", g.OwnerId),
        Ec2Xml.Element("groupId", g.GroupId),
        Ec2Xml.Element("groupName", g.GroupName),
        Ec2Xml.Element("groupDescription", g.Description),
        ResourceXml.Optional("vpcId", g.VpcId),
        Ec2Xml.Set("ipPermissions", g.Ingress.Select(Permission)),
        Ec2Xml.Set("ipPermissionsEgress", g.Egress!.Select(Permission)),
        ResourceXml.Tags(g.Tags),
        Ec2Xml.Element("securityGroupArn", $"arn:aws:ec2:{region}:{g.OwnerId}:security-group/{g.GroupId}"),
    ];

    private static object?[] Permission(LocalEc2SecurityGroupRule r) =>
    [
        Ec2Xml.Element("ipProtocol", r.Protocol),
        ResourceXml.Optional("fromPort", r.FromPort),
        ResourceXml.Optional("toPort", r.ToPort),
        Ec2Xml.Set("groups", r.GroupIds.Select(id => new object?[] { Ec2Xml.Element("userId", LocalEc2.AccountId), Ec2Xml.Element("groupId", id) })),
        Ec2Xml.Set("ipRanges", r.Cidrs.Select(c => new object?[] { Ec2Xml.Element("cidrIp", c) })),
        Ec2Xml.Set("ipv6Ranges", r.Ipv6Cidrs.Select(c => new object?[] { Ec2Xml.Element("cidrIpv6", c) })),
        Ec2Xml.Element("prefixListIds"),
    ];

    private static FilterFields<LocalEc2SecurityGroup> Rules(FilterFields<LocalEc2SecurityGroup> fields, string prefix, Func<LocalEc2SecurityGroup, IReadOnlyList<LocalEc2SecurityGroupRule>> rules)
    {
        fields.Add(prefix + "protocol", g => rules(g).Select(r => r.Protocol));
        fields.Add(prefix + "from-port", g => rules(g).Where(r => r.FromPort is not null).Select(r => Ec2Xml.Number(r.FromPort!.Value)));
        fields.Add(prefix + "to-port", g => rules(g).Where(r => r.ToPort is not null).Select(r => Ec2Xml.Number(r.ToPort!.Value)));
        fields.Add(prefix + "cidr", g => rules(g).SelectMany(r => r.Cidrs));
        fields.Add(prefix + "ipv6-cidr", g => rules(g).SelectMany(r => r.Ipv6Cidrs));
        fields.Add(prefix + "group-id", g => rules(g).SelectMany(r => r.GroupIds));
        fields.Add(prefix + "user-id", g => rules(g).Where(r => r.GroupIds.Count > 0).Select(_ => LocalEc2.AccountId));
        return fields;
    }

    private static LocalEc2SecurityGroup Complete(LocalEc2SecurityGroup g, ResourceContext context)
    {
        ArgumentException.ThrowIfNullOrEmpty(g.GroupName, "resources");
        ArgumentNullException.ThrowIfNull(g.Ingress, "resources");
        return g with
        {
            GroupId = context.Id,
            Ingress = [.. g.Ingress],
            Egress = g.Egress is { } egress ? [.. egress] : [AllOutbound],
            Tags = ResourceXml.Copy(g.Tags, "resources"),
        };
    }
}
