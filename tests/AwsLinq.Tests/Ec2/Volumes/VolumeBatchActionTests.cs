using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.LocalAws.Ec2;

namespace AwsLinq.Tests.Ec2.Volumes;

/// <summary>
/// The volume actions through the SDK against LocalAws: the calls that went out, the volumes left afterwards, and a
/// result in which succeeded and failed always add up to the volumes selected.
/// </summary>
public sealed class VolumeBatchActionTests : Ec2TestBase
{
    // 1,200 unattached volumes tagged team=batch, 3 attached ones tagged team=batch, 5 tagged team=other.
    private IReadOnlyList<string> _free = [];
    private IReadOnlyList<string> _attached = [];
    private IReadOnlyList<string> _other = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _free = Seed(1200, "batch");
        _attached = Server.Ec2.Volumes.Seed(Enumerable.Range(0, 3).Select(n => new LocalEc2Volume
        {
            Attachments = [new($"i-0000000000000000{n}")],
            Tags = new Dictionary<string, string> { ["team"] = "batch" },
        }));
        _other = Seed(5, "other");
    }

    private IQueryable<Volume> Selected => Client.Volumes().Where(v => v.Tag("team") == "batch");

    private IReadOnlyList<string> Seed(int count, string team) =>
        Server.Ec2.Volumes.Seed(Enumerable.Range(0, count).Select(_ => new LocalEc2Volume { Tags = new Dictionary<string, string> { ["team"] = team } }));

    [Fact]
    public async Task DeleteAllAsync_deletes_each_selected_volume_and_records_those_in_use()
    {
        var result = await Selected.DeleteAllAsync();

        var calls = Server.Requests.For("ec2", "DeleteVolume");
        calls.Select(c => c.Parameter("VolumeId")).Should().BeEquivalentTo(_free.Concat(_attached));
        calls.Should().OnlyContain(c => c.Parameter("DryRun") != "true");
        Server.Ec2.Volumes.All().Select(v => v.VolumeId).Should().BeEquivalentTo(_attached.Concat(_other));
        result.Succeeded.Should().BeEquivalentTo(_free);
        result.Failed.Select(f => (f.Id, f.ErrorCode)).Should().BeEquivalentTo(_attached.Select(id => (id, "VolumeInUse")));
        result.Failed[0].Message.Should().MatchRegex("^Volume vol-[0-9a-f]{17} is currently attached to i-0000000000000000[0-2]$");
        (result.Action, result.Selected, result.Calls).Should().Be(("DeleteVolume", 1203, 1203));
        result.ToString().Should().Be("DeleteVolume: 1203 selected, 1200 succeeded, 3 failed in 1203 calls");
    }

    [Fact]
    public async Task A_dry_run_sends_every_call_with_DryRun_and_changes_nothing()
    {
        var result = await Selected.DeleteAllAsync(new BatchOptions { DryRun = true });

        var calls = Server.Requests.For("ec2", "DeleteVolume");
        calls.Should().HaveCount(1203).And.OnlyContain(c => c.Parameter("DryRun") == "true");
        Server.Ec2.Volumes.All().Should().HaveCount(1208);
        result.Succeeded.Should().BeEquivalentTo(_free);
        result.Failed.Select(f => f.ErrorCode).Should().Equal("VolumeInUse", "VolumeInUse", "VolumeInUse");
        (result.DryRun, result.Selected, result.Calls).Should().Be((true, 1203, 1203));
        result.ToString().Should().Be("DeleteVolume (dry run): 1203 selected, would act on 1200, 3 refused, 1203 calls sent");
    }

    [Fact]
    public async Task An_unauthorized_dry_run_fails_every_volume()
    {
        Server.Ec2.Faults.FailAction("DeleteVolume", "UnauthorizedOperation", "You are not authorized to perform this operation.");

        var result = await Client.Volumes().Where(v => v.Tag("team") == "other").DeleteAllAsync(new BatchOptions { DryRun = true });

        result.Succeeded.Should().BeEmpty();
        result.Failed.Should().HaveCount(5).And.OnlyContain(f => f.ErrorCode == "UnauthorizedOperation" && f.Message == "You are not authorized to perform this operation.");
        (result.Selected, result.Calls).Should().Be((5, 5));
    }

    [Fact]
    public async Task A_volume_already_gone_counts_as_deleted()
    {
        // As when the SDK retries a DeleteVolume whose answer was lost: the volume is gone by the retry.
        Server.Ec2.Faults.FailAction("DeleteVolume", "InvalidVolume.NotFound", "The volume does not exist.", times: 1);

        var result = await Client.Volumes().Where(v => v.Tag("team") == "other").DeleteAllAsync();

        result.Succeeded.Should().BeEquivalentTo(_other);
        (result.AllSucceeded, result.Calls).Should().Be((true, 5));
        Server.Ec2.Volumes.All().Should().HaveCount(1204);
    }

    [Fact]
    public async Task Tags_are_set_and_removed_per_page_of_1000_ids()
    {
        var created = await Selected.CreateTagsAsync(new Dictionary<string, string> { ["cost"] = "low" });
        var removed = await Selected.DeleteTagsAsync(["team"]);

        Server.Requests.For("ec2", "CreateTags").Select(c => c.Parameter("Resources")!.Split(',').Length).Should().Equal(1000, 203);
        Server.Requests.For("ec2", "DeleteTags").Should().HaveCount(2);
        Server.Ec2.Volumes.All().Where(v => v.Tags.ContainsKey("cost")).Should().HaveCount(1203).And.OnlyContain(v => !v.Tags.ContainsKey("team"));
        (created.Selected, created.Calls, removed.Selected, removed.Calls).Should().Be((1203, 2, 1203, 2));
    }

    [Fact]
    public void Explain_shows_the_calls_of_an_action()
    {
        var plan = Client.Volumes().Where(v => v.Tag("team") == "batch").Explain(q => q.DeleteAllAsync(null, default));

        plan.Action.Should().Be("DeleteVolume per volume, at most 8 at once");
    }
}
