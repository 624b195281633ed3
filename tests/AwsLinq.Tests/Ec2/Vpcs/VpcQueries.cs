using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Specification;
using static AwsLinq.Tests.Ec2.Spec<Amazon.EC2.Model.Vpc>;

namespace AwsLinq.Tests.Ec2.Vpcs;

/// <summary>The VPC queries AwsLinq must answer exactly as LINQ-to-Objects does over the complete listing.</summary>
public static class VpcQueries
{
    public static IReadOnlyList<SpecQuery<Vpc>> All { get; } =
    [
        S("all", q => q),
        S("default", q => q.Where(v => v.IsDefault == true)),
        S("not default", q => q.Where(v => v.IsDefault == false)),
        S("available", q => q.Where(v => v.State == VpcState.Available)),
        S("cidr", q => q.Where(v => v.CidrBlock == "10.3.0.0/16")),
        S("cidr prefix", q => q.Where(v => v.CidrBlock.StartsWith("10.1"))),
        S("association", q => q.Where(v => v.CidrBlockAssociationSet.Any(a => a.CidrBlock == "10.4.0.0/16"))),
        S("dhcp options", q => q.Where(v => v.DhcpOptionsId == "default")),
        S("owner", q => q.Where(v => v.OwnerId == LocalEc2.AccountId)),
        S("dedicated in memory", q => q.Where(v => v.InstanceTenancy == Tenancy.Dedicated)),
        S("prod", q => q.Where(v => v.Tag("env") == "prod")),
        S("named", q => q.Where(v => v.Tags.Any(t => t.Key == "Name"))),
        S("order", q => q.OrderByDescending(v => v.CidrBlock).Take(4)),
        V("count", q => q.Count(), q => q.CountAsync()),
        V("single default", q => q.Single(v => v.IsDefault == true), q => q.SingleAsync(v => v.IsDefault == true)),
    ];
}
