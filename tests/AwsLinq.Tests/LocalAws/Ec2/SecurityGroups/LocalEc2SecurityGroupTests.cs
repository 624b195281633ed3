using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2.SecurityGroups;

/// <summary>DescribeSecurityGroups and DeleteSecurityGroup through the SDK: rules, names, filters and errors.</summary>
public sealed class LocalEc2SecurityGroupTests : Ec2TestBase
{
    private static readonly LocalEc2SecurityGroup Web = new()
    {
        GroupId = "sg-0aaaaaaaaaaaaaaaa",
        GroupName = "web",
        Description = "web servers",
        VpcId = "vpc-0bbbbbbbbbbbbbbbb",
        Ingress =
        [
            new LocalEc2SecurityGroupRule { FromPort = 443, ToPort = 443, Cidrs = ["0.0.0.0/0"], Ipv6Cidrs = ["::/0"] },
            new LocalEc2SecurityGroupRule { FromPort = 22, ToPort = 22, GroupIds = ["sg-0cccccccccccccccc"] },
        ],
        Tags = new Dictionary<string, string> { ["team"] = "web" },
    };

    private static readonly LocalEc2SecurityGroup Bastion = new() { GroupId = "sg-0cccccccccccccccc", GroupName = "bastion", Egress = [] };

    [Fact]
    public async Task A_group_reads_back_with_its_rules_and_the_default_outbound_rule()
    {
        State.SecurityGroups.Seed([Web]);

        var group = (await Client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest())).SecurityGroups.Single();

        (group.GroupId, group.GroupName, group.Description, group.VpcId, group.OwnerId).Should().Be(("sg-0aaaaaaaaaaaaaaaa", "web", "web servers", "vpc-0bbbbbbbbbbbbbbbb", LocalEc2.AccountId));
        group.SecurityGroupArn.Should().Be($"arn:aws:ec2:us-east-1:{LocalEc2.AccountId}:security-group/sg-0aaaaaaaaaaaaaaaa");
        group.IpPermissions.Select(p => (p.IpProtocol, p.FromPort, p.ToPort)).Should().Equal(("tcp", 443, 443), ("tcp", 22, 22));
        group.IpPermissions[0].Ipv4Ranges.Single().CidrIp.Should().Be("0.0.0.0/0");
        group.IpPermissions[0].Ipv6Ranges.Single().CidrIpv6.Should().Be("::/0");
        group.IpPermissions[1].UserIdGroupPairs.Single().GroupId.Should().Be("sg-0cccccccccccccccc");
        var egress = group.IpPermissionsEgress.Single();
        (egress.IpProtocol, egress.Ipv4Ranges.Single().CidrIp).Should().Be(("-1", "0.0.0.0/0"));
    }

    public static TheoryData<string, string> Filters => new()
    {
        { "group-id", "sg-0aaaaaaaaaaaaaaaa" },
        { "group-name", "w*" },
        { "description", "web servers" },
        { "vpc-id", "vpc-0bbbbbbbbbbbbbbbb" },
        { "ip-permission.cidr", "0.0.0.0/0" },
        { "ip-permission.ipv6-cidr", "::/0" },
        { "ip-permission.from-port", "22" },
        { "ip-permission.to-port", "443" },
        { "ip-permission.protocol", "tcp" },
        { "ip-permission.group-id", "sg-0cccccccccccccccc" },
        { "ip-permission.user-id", LocalEc2.AccountId },
        { "egress.ip-permission.cidr", "0.0.0.0/0" },
        { "egress.ip-permission.protocol", "-1" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_of_the_reference_selects_by_its_field(string name, string value)
    {
        State.SecurityGroups.Seed([Web, Bastion]);

        var groups = (await Client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = [Filter(name, value)] })).SecurityGroups;

        groups.Should().ContainSingle().Which.GroupId.Should().Be("sg-0aaaaaaaaaaaaaaaa");
    }

    [Fact]
    public async Task Group_names_select_and_an_unknown_name_fails()
    {
        State.SecurityGroups.Seed([Web, Bastion]);

        var named = await Client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupNames = ["bastion"] });
        var unknown = await FailureOf(() => Client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { GroupNames = ["db"] }));
        var tooMany = 1001;
        var above = await FailureOf(() => Client.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { MaxResults = tooMany }));

        named.SecurityGroups.Single().GroupId.Should().Be("sg-0cccccccccccccccc");
        (unknown.ErrorCode, unknown.Message).Should().Be(("InvalidGroup.NotFound", "The security group 'db' does not exist"));
        (above.ErrorCode, above.Message).Should().Be(("InvalidParameterValue", "Value ( 1001 ) for parameter maxResults is invalid. Expecting a value less than 1000."));
    }

    [Fact]
    public async Task DeleteSecurityGroup_refuses_a_default_group_and_one_another_group_references()
    {
        var defaultGroup = State.SecurityGroups.Seed([Web, Bastion, new LocalEc2SecurityGroup { GroupName = "default" }])[2];

        var referenced = await FailureOf(() => Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = "sg-0cccccccccccccccc" }));
        var protectedGroup = await FailureOf(() => Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = defaultGroup }));
        var missing = await FailureOf(() => Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest()));
        var malformed = await FailureOf(() => Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = "sg-12" }));
        var deleted = await Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupName = "web" });
        await Client.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = "sg-0cccccccccccccccc" });

        (referenced.ErrorCode, referenced.Message).Should().Be(("DependencyViolation", "resource sg-0cccccccccccccccc has a dependent object"));
        (protectedGroup.ErrorCode, protectedGroup.Message).Should().Be(("CannotDelete", $"the specified group: \"{defaultGroup}\" name: \"default\" cannot be deleted by a user"));
        (missing.ErrorCode, missing.Message).Should().Be(("MissingParameter", "The request must contain the parameter groupName or groupId"));
        (malformed.ErrorCode, malformed.Message).Should().Be(("InvalidGroupId.Malformed", "Invalid id: \"sg-12\" (expecting \"sg-...\")"));
        (deleted.Return, deleted.GroupId).Should().Be((true, "sg-0aaaaaaaaaaaaaaaa"));
        State.SecurityGroups.All().Select(g => g.GroupName).Should().Equal("default");
    }
}
