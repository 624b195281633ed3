namespace AwsLinq.LocalAws;

/// <summary>A security group held by <see cref="LocalEc2"/>, with the fields <c>DescribeSecurityGroups</c> reports and filters on.</summary>
public sealed record LocalEc2SecurityGroup
{
    /// <summary>Gets the group id, <c>sg-</c> and 8 or 17 lower-case hex digits; <see langword="null"/> to generate one of 17.</summary>
    public string? GroupId { get; init; }

    /// <summary>Gets the group's name; a group named <c>default</c> cannot be deleted, as in EC2.</summary>
    public required string GroupName { get; init; }

    /// <summary>Gets the description; empty by default.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the VPC the group belongs to, or <see langword="null"/> for none.</summary>
    public string? VpcId { get; init; }

    /// <summary>Gets the owner's account id; <see cref="LocalEc2.AccountId"/> by default.</summary>
    public string OwnerId { get; init; } = LocalEc2.AccountId;

    /// <summary>Gets the inbound rules; none by default.</summary>
    public IReadOnlyList<LocalEc2SecurityGroupRule> Ingress { get; init; } = [];

    /// <summary>Gets the outbound rules; <see langword="null"/> (the default) for the rule EC2 gives a new group: all traffic to 0.0.0.0/0.</summary>
    public IReadOnlyList<LocalEc2SecurityGroupRule>? Egress { get; init; }

    /// <summary>Gets the tags, by key. Empty by default.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>().AsReadOnly();
}

/// <summary>One rule of a security group, as <c>ipPermissions</c> reports it.</summary>
public sealed record LocalEc2SecurityGroupRule
{
    /// <summary>Gets the protocol: <c>tcp</c> (the default), <c>udp</c>, <c>icmp</c>, a number, or <c>-1</c> for all.</summary>
    public string Protocol { get; init; } = "tcp";

    /// <summary>Gets the first port (or ICMP type), or <see langword="null"/> for all traffic.</summary>
    public int? FromPort { get; init; }

    /// <summary>Gets the last port (or ICMP code), or <see langword="null"/> for all traffic.</summary>
    public int? ToPort { get; init; }

    /// <summary>Gets the IPv4 ranges the rule allows, such as <c>0.0.0.0/0</c>.</summary>
    public IReadOnlyList<string> Cidrs { get; init; } = [];

    /// <summary>Gets the IPv6 ranges the rule allows, such as <c>::/0</c>.</summary>
    public IReadOnlyList<string> Ipv6Cidrs { get; init; } = [];

    /// <summary>Gets the security groups the rule allows; a group referenced by another cannot be deleted.</summary>
    public IReadOnlyList<string> GroupIds { get; init; } = [];
}
