using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.LocalAws.Ec2;

namespace AwsLinq.Tests.Ec2.Snapshots;

/// <summary>What snapshot queries send: the owners first of all, then the filters, asserted on the requests LocalAws served.</summary>
public sealed class SnapshotTranslationTests : Ec2TestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.Ec2.Snapshots.Seed(SnapshotSpecData.Snapshots);
    }

    private IReadOnlyList<ServedRequest> Requests => Server.Requests.For("ec2", "DescribeSnapshots");

    [Fact]
    public async Task By_default_only_the_accounts_own_snapshots_are_asked_for()
    {
        var count = await Client.Snapshots().CountAsync();

        count.Should().Be(60);
        Requests.Should().ContainSingle().Which.Parameter("Owners").Should().Be("self");
    }

    [Fact]
    public async Task Other_owners_are_asked_for_by_name_and_every_visible_one_only_with_AnyOwner()
    {
        var amazon = await Client.Snapshots(Ec2Owners.Amazon).CountAsync();
        var named = await Client.Snapshots(Ec2Owners.Of("self", SnapshotSpecData.Partner)).CountAsync();
        var any = await Client.Snapshots(Ec2Owners.AnyOwner).CountAsync();

        (amazon, named, any).Should().Be((10, 64, 74));
        Requests.Select(r => r.Parameter("Owners")).Should().Equal("amazon", $"self,{SnapshotSpecData.Partner}", null);
    }

    [Fact]
    public async Task Filters_follow_the_owners_and_start_time_runs_in_memory()
    {
        var cutoff = SnapshotSpecData.Epoch.UtcDateTime.AddDays(300);

        var old = await Client.Snapshots().Where(s => s.StartTime < cutoff && s.State == SnapshotState.Completed && s.Tag("keep") == null).ToListAsync();

        old.Should().HaveCount(SnapshotSpecData.Snapshots.Count(s => s.OwnerId == LocalEc2.AccountId && s.StartTime < cutoff && s.State == "completed" && !s.Tags.ContainsKey("keep")));
        var request = Requests.Should().ContainSingle().Subject;
        request.Parameters.Select(p => $"{p.Key}={p.Value}").Should().Equal("Owners=self", "Filter:status=completed");
    }

    [Fact]
    public void Explain_names_the_owners()
    {
        var plan = Client.Snapshots().Where(s => s.VolumeId == "vol-1" && s.Tag("keep") == null).Explain();
        var any = Client.Snapshots(Ec2Owners.AnyOwner).Take(5).Explain();

        plan.ToString().Should().Be(
            """
            EC2 DescribeSnapshots owned by self
              request: DescribeSnapshots Owners=self, Filter:volume-id=vol-1
              in memory: where s => s.Tag("keep") == null
              stops: after the last page
              follow-up calls: none
            """.ReplaceLineEndings());
        any.ToString().Should().StartWith("EC2 DescribeSnapshots owned by any owner" + Environment.NewLine + "  request: DescribeSnapshots MaxResults=5");
    }

    [Fact]
    public void Owners_must_be_named()
    {
        var none = () => Ec2Owners.Of();
        var empty = () => Ec2Owners.Of("self", "");

        none.Should().Throw<ArgumentException>().WithMessage("Name at least one owner, and no empty one; to list every owner's, public ones included, use Ec2Owners.AnyOwner.*");
        empty.Should().Throw<ArgumentException>();
    }
}
