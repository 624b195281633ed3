using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.LocalAws.Ec2;

namespace AwsLinq.Tests.Ec2.Snapshots;

/// <summary>Deleting old snapshots, the job boto3 users script: the calls, the snapshots left, and the result's tally.</summary>
public sealed class SnapshotBatchActionTests : Ec2TestBase
{
    private static readonly DateTime Cutoff = SnapshotSpecData.Epoch.UtcDateTime.AddDays(300);

    private string _used = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.Ec2.Snapshots.Seed(SnapshotSpecData.Snapshots);
        _used = SnapshotSpecData.Snapshots.First(s => s.OwnerId == LocalEc2.AccountId && s.StartTime < Cutoff && !s.Tags.ContainsKey("keep")).SnapshotId!;
        Server.Ec2.Images.Seed([new LocalEc2Image { SnapshotIds = [_used] }]);
    }

    private IQueryable<Snapshot> Old => Client.Snapshots().Where(s => s.StartTime < Cutoff && s.Tag("keep") == null);

    private IReadOnlyList<string> Expected => SnapshotSpecData.Snapshots
        .Where(s => s.OwnerId == LocalEc2.AccountId && s.StartTime < Cutoff && !s.Tags.ContainsKey("keep")).Select(s => s.SnapshotId!).ToList();

    [Fact]
    public async Task DeleteAllAsync_deletes_the_accounts_old_snapshots_and_records_one_an_image_uses()
    {
        var result = await Old.DeleteAllAsync();

        Server.Requests.For("ec2", "DeleteSnapshot").Select(r => r.Parameter("SnapshotId")).Should().BeEquivalentTo(Expected);
        result.Succeeded.Should().BeEquivalentTo(Expected.Except([_used]));
        result.Failed.Should().ContainSingle().Which.Should().Be(new BatchFailure(_used, "InvalidSnapshot.InUse", $"The snapshot {_used} is currently in use by {Server.Ec2.Images.All()[0].ImageId}"));
        Server.Ec2.Snapshots.All().Select(s => s.SnapshotId).Should().Contain(_used).And.NotContain(Expected.Except([_used]));
        (result.Selected, result.Calls).Should().Be((Expected.Count, Expected.Count));
    }

    [Fact]
    public async Task A_dry_run_checks_each_snapshot_with_EC2_and_deletes_none()
    {
        var result = await Old.DeleteAllAsync(new BatchOptions { DryRun = true });

        Server.Requests.For("ec2", "DeleteSnapshot").Should().HaveCount(Expected.Count).And.OnlyContain(r => r.Parameter("DryRun") == "true");
        Server.Ec2.Snapshots.All().Should().HaveCount(SnapshotSpecData.Snapshots.Count);
        (result.DryRun, result.Succeeded.Count, result.Failed.Single().ErrorCode).Should().Be((true, Expected.Count - 1, "InvalidSnapshot.InUse"));
    }

    [Fact]
    public async Task Tags_are_set_per_page_of_ids_on_snapshots_only()
    {
        var result = await Old.CreateTagsAsync(new Dictionary<string, string> { ["expires"] = "soon" });

        Server.Requests.For("ec2", "CreateTags").Single().Parameter("Resources")!.Split(',').Should().BeEquivalentTo(Expected);
        Server.Ec2.Snapshots.All().Count(s => s.Tags.ContainsKey("expires")).Should().Be(Expected.Count);
        result.AllSucceeded.Should().BeTrue();
    }
}
