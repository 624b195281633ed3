using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2.Snapshots;

/// <summary>DescribeSnapshots and DeleteSnapshot through the SDK: fields, owners, filters, limits and errors.</summary>
public sealed class LocalEc2SnapshotTests : Ec2TestBase
{
    private const string Other = "999999999999";

    private static readonly LocalEc2Snapshot Own = new()
    {
        SnapshotId = "snap-0aaaaaaaaaaaaaaaa",
        VolumeId = "vol-0bbbbbbbbbbbbbbbb",
        VolumeSize = 50,
        StartTime = Launched,
        Description = "nightly backup",
        Encrypted = true,
        Tags = new Dictionary<string, string> { ["keep"] = "yes" },
    };

    [Fact]
    public async Task A_snapshot_reads_back_with_every_field_EC2_reports()
    {
        State.Snapshots.Seed([Own]);

        var snapshot = (await Client.DescribeSnapshotsAsync(new DescribeSnapshotsRequest())).Snapshots.Single();

        (snapshot.SnapshotId, snapshot.VolumeId, snapshot.VolumeSize, snapshot.State.Value, snapshot.Progress).Should().Be(("snap-0aaaaaaaaaaaaaaaa", "vol-0bbbbbbbbbbbbbbbb", 50, "completed", "100%"));
        (snapshot.StartTime, snapshot.Description, snapshot.Encrypted, snapshot.OwnerId, snapshot.StorageTier.Value).Should().Be((Launched.UtcDateTime, "nightly backup", true, LocalEc2.AccountId, "standard"));
        snapshot.Tags.Should().ContainSingle().Which.Should().BeEquivalentTo(new Tag("keep", "yes"));
    }

    [Fact]
    public async Task Owners_narrow_what_is_listed_and_others_private_snapshots_are_never_seen()
    {
        var own = State.Snapshots.Seed([new LocalEc2Snapshot()]).Single();
        var amazon = State.Snapshots.Seed([new LocalEc2Snapshot { OwnerId = "137112412989", OwnerAlias = "amazon", Public = true }]).Single();
        var shared = State.Snapshots.Seed([new LocalEc2Snapshot { OwnerId = Other, SharedWith = [LocalEc2.AccountId] }]).Single();
        var hidden = State.Snapshots.Seed([new LocalEc2Snapshot { OwnerId = Other }]).Single();

        async Task<IEnumerable<string>> Ids(DescribeSnapshotsRequest request) => (await Client.DescribeSnapshotsAsync(request)).Snapshots?.Select(s => s.SnapshotId) ?? [];

        (await Ids(new DescribeSnapshotsRequest())).Should().Equal(own, amazon, shared);
        (await Ids(new DescribeSnapshotsRequest { OwnerIds = ["self"] })).Should().Equal(own);
        (await Ids(new DescribeSnapshotsRequest { OwnerIds = ["amazon", Other] })).Should().Equal(amazon, shared);
        (await Ids(new DescribeSnapshotsRequest { RestorableByUserIds = ["all"] })).Should().Equal(amazon);
        var unseen = await FailureOf(() => Client.DescribeSnapshotsAsync(new DescribeSnapshotsRequest { SnapshotIds = [hidden] }));
        var malformedOwner = await FailureOf(() => Client.DescribeSnapshotsAsync(new DescribeSnapshotsRequest { OwnerIds = ["nobody"] }));

        (unseen.ErrorCode, unseen.Message).Should().Be(("InvalidSnapshot.NotFound", $"The snapshot '{hidden}' does not exist."));
        (malformedOwner.ErrorCode, malformedOwner.Message).Should().Be(("InvalidUserID.Malformed", "Invalid user id: \"nobody\""));
        Server.Requests.For("ec2", "DescribeSnapshots")[2].Parameter("Owners").Should().Be($"amazon,{Other}");
    }

    public static TheoryData<string, string> Filters => new()
    {
        { "snapshot-id", "snap-0aaaaaaaaaaaaaaaa" },
        { "volume-id", "vol-0bbbbbbbbbbbbbbbb" },
        { "volume-size", "50" },
        { "status", "completed" },
        { "start-time", "2024-05-01T12:00:00.000Z" },
        { "progress", "100%" },
        { "description", "nightly*" },
        { "encrypted", "true" },
        { "owner-id", LocalEc2.AccountId },
        { "storage-tier", "standard" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_of_the_reference_selects_by_its_field(string name, string value)
    {
        State.Snapshots.Seed([Own, new LocalEc2Snapshot { OwnerId = Other, Public = true, State = "pending", StorageTier = "archive", StartTime = Launched.AddDays(-3) }]);

        var snapshots = (await Client.DescribeSnapshotsAsync(new DescribeSnapshotsRequest { Filters = [Filter(name, value)] })).Snapshots;

        snapshots.Should().ContainSingle().Which.SnapshotId.Should().Be("snap-0aaaaaaaaaaaaaaaa");
    }

    [Fact]
    public async Task MaxResults_with_snapshot_ids_is_refused_and_above_1000_gets_pages_of_1000()
    {
        State.Snapshots.Seed(Enumerable.Range(0, 1001).Select(_ => new LocalEc2Snapshot()));

        var combined = await FailureOf(() => Client.DescribeSnapshotsAsync(new DescribeSnapshotsRequest { SnapshotIds = [State.Snapshots.All()[0].SnapshotId!], MaxResults = 5 }));
        var capped = await Client.DescribeSnapshotsAsync(new DescribeSnapshotsRequest { MaxResults = 5000 });

        (combined.ErrorCode, combined.Message).Should().Be(("InvalidParameterCombination", "The parameter snapshotSet cannot be used with the parameter maxResults"));
        capped.Snapshots.Should().HaveCount(1000);
    }

    [Fact]
    public async Task DeleteSnapshot_refuses_a_snapshot_an_image_uses_and_deletes_the_others()
    {
        var used = State.Snapshots.Seed([Own]).Single();
        var free = State.Snapshots.Seed([new LocalEc2Snapshot()]).Single();
        var image = State.Images.Seed([new LocalEc2Image { SnapshotIds = [used] }]).Single();

        var inUse = await FailureOf(() => Client.DeleteSnapshotAsync(new DeleteSnapshotRequest { SnapshotId = used }));
        var dryRun = await FailureOf(() => Client.DeleteSnapshotAsync(new DeleteSnapshotRequest { SnapshotId = free, DryRun = true }));
        await Client.DeleteSnapshotAsync(new DeleteSnapshotRequest { SnapshotId = free });
        var gone = await FailureOf(() => Client.DeleteSnapshotAsync(new DeleteSnapshotRequest { SnapshotId = free }));
        var malformed = await FailureOf(() => Client.DeleteSnapshotAsync(new DeleteSnapshotRequest { SnapshotId = "snap-x" }));
        var missing = await FailureOf(() => Client.DeleteSnapshotAsync(new DeleteSnapshotRequest()));

        (inUse.ErrorCode, inUse.Message).Should().Be(("InvalidSnapshot.InUse", $"The snapshot {used} is currently in use by {image}"));
        dryRun.ErrorCode.Should().Be("DryRunOperation");
        (gone.ErrorCode, gone.Message).Should().Be(("InvalidSnapshot.NotFound", $"The snapshot '{free}' does not exist."));
        (malformed.ErrorCode, malformed.Message).Should().Be(("InvalidSnapshotID.Malformed", "Invalid id: \"snap-x\" (expecting \"snap-...\")"));
        (missing.ErrorCode, missing.Message).Should().Be(("MissingParameter", "The request must contain the parameter SnapshotId"));
        State.Snapshots.All().Select(s => s.SnapshotId).Should().Equal(used);
    }
}
