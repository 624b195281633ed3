namespace AwsLinq.LocalAws;

/// <summary>A subnet held by <see cref="LocalEc2"/>, with the fields <c>DescribeSubnets</c> reports and filters on.</summary>
public sealed record LocalEc2Subnet
{
    /// <summary>Gets the subnet id, <c>subnet-</c> and 8 or 17 lower-case hex digits; <see langword="null"/> to generate one of 17.</summary>
    public string? SubnetId { get; init; }

    /// <summary>Gets the VPC the subnet belongs to.</summary>
    public required string VpcId { get; init; }

    /// <summary>Gets the IPv4 CIDR block; <c>10.0.0.0/24</c> by default.</summary>
    public string CidrBlock { get; init; } = "10.0.0.0/24";

    /// <summary>Gets the Availability Zone; <see langword="null"/> for the region followed by <c>a</c>.</summary>
    public string? AvailabilityZone { get; init; }

    /// <summary>Gets the zone's id, filled in from <see cref="AvailabilityZone"/> (<c>use1-az1</c> for us-east-1a).</summary>
    public string? AvailabilityZoneId { get; init; }

    /// <summary>Gets the state: <c>available</c> (the default) or <c>pending</c>.</summary>
    public string State { get; init; } = "available";

    /// <summary>Gets the free IPv4 addresses; <see langword="null"/> for the block's size less the 5 EC2 reserves.</summary>
    public int? AvailableIpAddressCount { get; init; }

    /// <summary>Gets whether this is its zone's default subnet.</summary>
    public bool DefaultForAz { get; init; }

    /// <summary>Gets whether instances launched in the subnet get a public IPv4 address.</summary>
    public bool MapPublicIpOnLaunch { get; init; }

    /// <summary>Gets the owner's account id; <see cref="LocalEc2.AccountId"/> by default.</summary>
    public string OwnerId { get; init; } = LocalEc2.AccountId;

    /// <summary>Gets the tags, by key. Empty by default.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>().AsReadOnly();
}
