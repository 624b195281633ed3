using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.LocalAws.Ec2;

namespace AwsLinq.Tests.Ec2.SecurityGroups;

/// <summary>Deleting security groups: default groups and referenced ones are refused, each recorded, the rest deleted.</summary>
public sealed class SecurityGroupBatchActionTests : Ec2TestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.Ec2.SecurityGroups.Seed(SecurityGroupSpecData.Groups);
    }

    [Fact]
    public async Task DeleteAllAsync_records_the_groups_EC2_refuses_and_deletes_the_others()
    {
        var vpc = SecurityGroupSpecData.VpcIds[0];
        var selected = SecurityGroupSpecData.Groups.Where(g => g.VpcId == vpc).ToList();

        var result = await Client.SecurityGroups().Where(g => g.VpcId == vpc).DeleteAllAsync();

        result.Selected.Should().Be(selected.Count);
        result.Failed.Should().ContainSingle().Which.Should().Be(
            new BatchFailure("sg-00000000000000001", "CannotDelete", "the specified group: \"sg-00000000000000001\" name: \"default\" cannot be deleted by a user"));
        result.Succeeded.Should().HaveCount(selected.Count - 1);
        Server.Ec2.SecurityGroups.All().Select(g => g.GroupId).Should().Contain(result.Failed.Select(f => f.Id)).And.NotContain(result.Succeeded);
        Server.Requests.For("ec2", "DeleteSecurityGroup").Should().HaveCount(selected.Count);
    }

    [Fact]
    public async Task A_dry_run_asks_EC2_about_each_group_and_deletes_none()
    {
        var result = await Client.SecurityGroups().Where(g => g.GroupName == "default").DeleteAllAsync(new BatchOptions { DryRun = true });

        result.Failed.Select(f => (f.Id, f.ErrorCode)).Should().BeEquivalentTo(
            [("sg-00000000000000001", "CannotDelete"), ("sg-00000000000000002", "CannotDelete"), ("sg-00000000000000003", "CannotDelete")]);
        (result.DryRun, result.Succeeded.Count, result.Calls).Should().Be((true, 0, 3));
        Server.Ec2.SecurityGroups.All().Should().HaveCount(40);
    }

    [Fact]
    public async Task Tags_are_set_on_the_selected_groups()
    {
        var result = await Client.SecurityGroups().Where(g => g.Tag("team") == "search").CreateTagsAsync(new Dictionary<string, string> { ["owner"] = "search-team" });

        Server.Ec2.SecurityGroups.All().Where(g => g.Tags.ContainsKey("owner")).Should().HaveCount(result.Selected).And.OnlyContain(g => g.Tags["team"] == "search");
    }
}
