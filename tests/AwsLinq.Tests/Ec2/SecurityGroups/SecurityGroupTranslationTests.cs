using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.LocalAws.Ec2;

namespace AwsLinq.Tests.Ec2.SecurityGroups;

/// <summary>What security group queries send: rules reached through nested Any, asserted on the requests LocalAws served.</summary>
public sealed class SecurityGroupTranslationTests : Ec2TestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.Ec2.SecurityGroups.Seed(SecurityGroupSpecData.Groups);
    }

    private IReadOnlyList<ServedRequest> Requests => Server.Requests.For("ec2", "DescribeSecurityGroups");

    [Fact]
    public async Task Open_groups_are_found_with_the_ip_permission_filters()
    {
        var open = await Client.SecurityGroups()
            .Where(g => g.IpPermissions.Any(p => p.Ipv4Ranges.Any(r => r.CidrIp == "0.0.0.0/0")) && g.IpPermissions.Any(p => p.FromPort == 22 || p.FromPort == 3306))
            .Select(g => g.GroupName)
            .ToListAsync();

        open.Should().Equal(SecurityGroupSpecData.Groups
            .Where(g => g.Ingress.Any(r => r.Cidrs.Contains("0.0.0.0/0")) && g.Ingress.Any(r => r.FromPort is 22 or 3306)).Select(g => g.GroupName));
        Requests.Single().Parameters.Select(p => $"{p.Key}={p.Value}").Should().Equal("Filter:ip-permission.cidr=0.0.0.0/0", "Filter:ip-permission.from-port=22,3306");
    }

    [Fact]
    public async Task Two_fields_of_one_rule_run_in_memory_because_EC2_matches_them_on_any_rules()
    {
        var query = Client.SecurityGroups().Where(g => g.GroupName.StartsWith("web") && g.IpPermissions.Any(p => p.FromPort == 443 && p.Ipv4Ranges.Any(r => r.CidrIp == "0.0.0.0/0")));

        var items = await query.ToListAsync();

        items.Should().OnlyContain(g => g.GroupName.StartsWith("web", StringComparison.Ordinal));
        Requests.Single().Parameters.Select(p => $"{p.Key}={p.Value}").Should().Equal("Filter:group-name=web*");
        query.Explain().InMemory.Should().ContainSingle(s => s.Contains("g.IpPermissions.Any(p => p.FromPort == 443", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outbound_rules_are_the_egress_filters()
    {
        var count = await Client.SecurityGroups().Where(g => g.IpPermissionsEgress.Any(p => p.IpProtocol == "-1") && g.VpcId == SecurityGroupSpecData.VpcIds[0]).CountAsync();

        count.Should().Be(SecurityGroupSpecData.Groups.Count(g => g.Egress is null && g.VpcId == SecurityGroupSpecData.VpcIds[0]));
        Requests.Single().Parameters.Select(p => $"{p.Key}={p.Value}").Should().Equal("Filter:egress.ip-permission.protocol=-1", $"Filter:vpc-id={SecurityGroupSpecData.VpcIds[0]}");
    }
}
