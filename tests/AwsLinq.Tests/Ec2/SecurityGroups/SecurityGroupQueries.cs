using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Tests.Specification;
using static AwsLinq.Tests.Ec2.Spec<Amazon.EC2.Model.SecurityGroup>;

namespace AwsLinq.Tests.Ec2.SecurityGroups;

/// <summary>The security group queries AwsLinq must answer exactly as LINQ-to-Objects does over the complete listing.</summary>
public static class SecurityGroupQueries
{
    public static IReadOnlyList<SpecQuery<SecurityGroup>> All { get; } =
    [
        S("all", q => q),
        S("name", q => q.Where(g => g.GroupName == "default")),
        S("name prefix", q => q.Where(g => g.GroupName.StartsWith("web-"))),
        S("vpc", q => q.Where(g => g.VpcId == SecurityGroupSpecData.VpcIds[1])),
        S("names contains", q => q.Where(g => new[] { "db-05", "web-10", "db-99" }.Contains(g.GroupName))),
        S("open to the world", q => q.Where(g => g.IpPermissions.Any(p => p.Ipv4Ranges.Any(r => r.CidrIp == "0.0.0.0/0")))),
        S("open over ipv6", q => q.Where(g => g.IpPermissions.Any(p => p.Ipv6Ranges.Any(r => r.CidrIpv6 == "::/0")))),
        S("ssh", q => q.Where(g => g.IpPermissions.Any(p => p.FromPort == 22))),
        S("ssh open to the world in memory", q => q.Where(g => g.IpPermissions.Any(p => p.FromPort == 22 && p.Ipv4Ranges.Any(r => r.CidrIp == "0.0.0.0/0")))),
        S("ssh and open", q => q.Where(g => g.IpPermissions.Any(p => p.FromPort == 22) && g.IpPermissions.Any(p => p.Ipv4Ranges.Any(r => r.CidrIp == "0.0.0.0/0")))),
        S("udp", q => q.Where(g => g.IpPermissions.Any(p => p.IpProtocol == "udp"))),
        S("references a group", q => q.Where(g => g.IpPermissions.Any(p => p.UserIdGroupPairs.Any(u => u.GroupId == "sg-00000000000000002")))),
        S("no outbound rule", q => q.Where(g => !g.IpPermissionsEgress.Any())),
        S("outbound to the world", q => q.Where(g => g.IpPermissionsEgress.Any(p => p.Ipv4Ranges.Any(r => r.CidrIp == "0.0.0.0/0")))),
        S("team", q => q.Where(g => g.Tag("team") == "payments")),
        S("untagged", q => q.Where(g => g.Tag("team") == null)),
        S("many rules", q => q.Where(g => g.IpPermissions.Count() > 1)),
        S("order by name", q => q.OrderBy(g => g.GroupName).ThenBy(g => g.GroupId)),
        S("select", q => q.Select(g => new { g.GroupId, g.GroupName, Rules = g.IpPermissions.Count() })),
        V("count open", q => q.Count(g => g.IpPermissions.Any(p => p.Ipv4Ranges.Any(r => r.CidrIp == "0.0.0.0/0"))), q => q.CountAsync(g => g.IpPermissions.Any(p => p.Ipv4Ranges.Any(r => r.CidrIp == "0.0.0.0/0")))),
        V("first db", q => q.First(g => g.GroupName.StartsWith("db")), q => q.FirstAsync(g => g.GroupName.StartsWith("db"))),
    ];
}
