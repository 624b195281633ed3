using System.Globalization;
using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Subnets;

/// <summary>Subnets as the generic store and operations see them: ids, errors, completion, filters and XML.</summary>
internal static class SubnetModel
{
    public static ResourceKind<LocalEc2Subnet> Kind { get; } = new()
    {
        Name = "subnet",
        IdPrefix = "subnet",
        GivenId = s => s.SubnetId,
        Id = s => s.SubnetId!,
        Tags = s => s.Tags,
        WithTags = (s, tags) => s with { Tags = tags },
        Complete = Complete,
        Malformed = ResourceErrors.Malformed("InvalidSubnetID.Malformed", "subnet"),
        NotFound = ResourceErrors.NotFound("InvalidSubnetID.NotFound", id => $"The subnet ID '{id}' does not exist", ids => $"The subnet IDs '{ids}' do not exist"),
    };

    // The reference's filters of DescribeSubnets, with the other names it accepts for some of them.
    public static FilterFields<LocalEc2Subnet> Fields { get; } = new(s => s.Tags)
    {
        { "subnet-id", s => s.SubnetId },
        { "vpc-id", s => s.VpcId },
        { "cidr-block", s => s.CidrBlock },
        { "cidr", s => s.CidrBlock },
        { "cidrBlock", s => s.CidrBlock },
        { "availability-zone", s => s.AvailabilityZone },
        { "availabilityZone", s => s.AvailabilityZone },
        { "availability-zone-id", s => s.AvailabilityZoneId },
        { "availabilityZoneId", s => s.AvailabilityZoneId },
        { "state", s => s.State },
        { "available-ip-address-count", s => (long?)s.AvailableIpAddressCount },
        { "default-for-az", s => (bool?)s.DefaultForAz },
        { "defaultForAz", s => (bool?)s.DefaultForAz },
        { "map-public-ip-on-launch", s => (bool?)s.MapPublicIpOnLaunch },
        { "owner-id", s => s.OwnerId },
    };

    public static object?[] Item(LocalEc2Subnet s, string region) =>
    [
        Ec2Xml.Element("subnetId", s.SubnetId),
        Ec2Xml.Element("subnetArn", $"arn:aws:ec2:{region}:{s.OwnerId}:subnet/{s.SubnetId}"),
        Ec2Xml.Element("state", s.State),
        Ec2Xml.Element("ownerId", s.OwnerId),
        Ec2Xml.Element("vpcId", s.VpcId),
        Ec2Xml.Element("cidrBlock", s.CidrBlock),
        Ec2Xml.Element("ipv6CidrBlockAssociationSet"),
        Ec2Xml.Element("availableIpAddressCount", Ec2Xml.Number(s.AvailableIpAddressCount!.Value)),
        Ec2Xml.Element("availabilityZone", s.AvailabilityZone),
        ResourceXml.Optional("availabilityZoneId", s.AvailabilityZoneId),
        ResourceXml.Flag("defaultForAz", s.DefaultForAz),
        ResourceXml.Flag("mapPublicIpOnLaunch", s.MapPublicIpOnLaunch),
        ResourceXml.Flag("assignIpv6AddressOnCreation", false),
        ResourceXml.Tags(s.Tags),
    ];

    private static LocalEc2Subnet Complete(LocalEc2Subnet s, ResourceContext context)
    {
        ArgumentException.ThrowIfNullOrEmpty(s.VpcId, "resources");
        var zone = s.AvailabilityZone ?? context.Region + "a";
        return s with
        {
            SubnetId = context.Id,
            State = ResourceXml.OneOf(s.State, "Subnet state", "pending", "available"),
            AvailabilityZone = zone,
            AvailabilityZoneId = s.AvailabilityZoneId ?? Zones.IdOf(context.Region, zone),
            AvailableIpAddressCount = s.AvailableIpAddressCount ?? Addresses(s.CidrBlock),
            Tags = ResourceXml.Copy(s.Tags, "resources"),
        };
    }

    // A /24 has 256 addresses, of which EC2 reserves 5.
    private static int Addresses(string cidr) =>
        cidr.Split('/') is [_, var bits] && int.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) && prefix is >= 16 and <= 28
            ? (1 << (32 - prefix)) - 5
            : throw new ArgumentException($"Subnet CIDR block '{cidr}' is not one EC2 accepts: the prefix must be /16 to /28.", "resources");
}
