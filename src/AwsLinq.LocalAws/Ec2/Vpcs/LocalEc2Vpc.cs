namespace AwsLinq.LocalAws;

/// <summary>A VPC held by <see cref="LocalEc2"/>, with the fields <c>DescribeVpcs</c> reports and filters on.</summary>
public sealed record LocalEc2Vpc
{
    /// <summary>Gets the VPC id, <c>vpc-</c> and 8 or 17 lower-case hex digits; <see langword="null"/> to generate one of 17.</summary>
    public string? VpcId { get; init; }

    /// <summary>Gets the primary IPv4 CIDR block; <c>10.0.0.0/16</c> by default.</summary>
    public string CidrBlock { get; init; } = "10.0.0.0/16";

    /// <summary>Gets the state: <c>available</c> (the default) or <c>pending</c>.</summary>
    public string State { get; init; } = "available";

    /// <summary>Gets whether this is the region's default VPC.</summary>
    public bool IsDefault { get; init; }

    /// <summary>Gets the instance tenancy: <c>default</c> (the default) or <c>dedicated</c>.</summary>
    public string InstanceTenancy { get; init; } = "default";

    /// <summary>Gets the DHCP options set; <c>default</c> by default.</summary>
    public string DhcpOptionsId { get; init; } = "default";

    /// <summary>Gets the owner's account id; <see cref="LocalEc2.AccountId"/> by default.</summary>
    public string OwnerId { get; init; } = LocalEc2.AccountId;

    /// <summary>Gets the tags, by key. Empty by default.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>().AsReadOnly();
}
