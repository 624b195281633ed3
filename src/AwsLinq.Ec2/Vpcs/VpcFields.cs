using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Vpcs;

/// <summary>The VPC properties EC2 can filter on, with the filter names of DescribeVpcs.</summary>
internal static class VpcFields
{
    public static Ec2Fields Fields { get; } = new(
        new Dictionary<string, FilterField>(StringComparer.Ordinal)
        {
            ["VpcId"] = new("vpc-id"),

            // The cidr filter matches the primary block exactly.
            ["CidrBlock"] = new("cidr"),
            ["State"] = new("state"),
            ["IsDefault"] = new("is-default"),
            ["OwnerId"] = new("owner-id"),
            ["DhcpOptionsId"] = new("dhcp-options-id"),
            ["CidrBlockAssociationSet[].CidrBlock"] = new("cidr-block-association.cidr-block", SingleValued: false),
            ["CidrBlockAssociationSet[].AssociationId"] = new("cidr-block-association.association-id", SingleValued: false),
            ["CidrBlockAssociationSet[].CidrBlockState.State"] = new("cidr-block-association.state", SingleValued: false),
        },
        typeof(VpcExtensions).GetMethod(nameof(VpcExtensions.Tag)));
}
