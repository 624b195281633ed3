using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Vpcs;

/// <summary>VPCs as the generic store and operations see them: ids, errors, completion, filters and XML.</summary>
internal static class VpcModel
{
    public static ResourceKind<LocalEc2Vpc> Kind { get; } = new()
    {
        Name = "vpc",
        IdPrefix = "vpc",
        GivenId = v => v.VpcId,
        Id = v => v.VpcId!,
        Tags = v => v.Tags,
        WithTags = (v, tags) => v with { Tags = tags },
        Complete = Complete,
        Malformed = ResourceErrors.Malformed("InvalidVpcID.Malformed", "vpc"),
        NotFound = ResourceErrors.NotFound("InvalidVpcID.NotFound", id => $"The vpc ID '{id}' does not exist", ids => $"The vpc IDs '{ids}' do not exist"),
    };

    // The reference's filters of DescribeVpcs; the primary block is the VPC's one CIDR block association.
    public static FilterFields<LocalEc2Vpc> Fields { get; } = new(v => v.Tags)
    {
        { "vpc-id", v => v.VpcId },
        { "cidr", v => v.CidrBlock },
        { "state", v => v.State },
        { "is-default", v => (bool?)v.IsDefault },
        { "dhcp-options-id", v => v.DhcpOptionsId },
        { "owner-id", v => v.OwnerId },
        { "cidr-block-association.cidr-block", v => v.CidrBlock },
        { "cidr-block-association.association-id", v => AssociationId(v) },
        { "cidr-block-association.state", _ => "associated" },
    };

    public static object?[] Item(LocalEc2Vpc v) =>
    [
        Ec2Xml.Element("vpcId", v.VpcId),
        Ec2Xml.Element("ownerId", v.OwnerId),
        Ec2Xml.Element("state", v.State),
        Ec2Xml.Element("cidrBlock", v.CidrBlock),
        Ec2Xml.Set("cidrBlockAssociationSet", [
        [
            Ec2Xml.Element("cidrBlock", v.CidrBlock),
            Ec2Xml.Element("associationId", AssociationId(v)),
            Ec2Xml.Element("cidrBlockState", Ec2Xml.Element("state", "associated")),
        ]]),
        Ec2Xml.Element("dhcpOptionsId", v.DhcpOptionsId),
        ResourceXml.Tags(v.Tags),
        Ec2Xml.Element("instanceTenancy", v.InstanceTenancy),
        ResourceXml.Flag("isDefault", v.IsDefault),
    ];

    // Derived from the VPC id, so that it stays the same from one answer to the next.
    private static string AssociationId(LocalEc2Vpc v) => "vpc-cidr-assoc-" + v.VpcId!["vpc-".Length..];

    private static LocalEc2Vpc Complete(LocalEc2Vpc v, ResourceContext context) => v with
    {
        VpcId = context.Id,
        State = ResourceXml.OneOf(v.State, "VPC state", "pending", "available"),
        InstanceTenancy = ResourceXml.OneOf(v.InstanceTenancy, "Instance tenancy", "default", "dedicated", "host"),
        Tags = ResourceXml.Copy(v.Tags, "resources"),
    };
}
