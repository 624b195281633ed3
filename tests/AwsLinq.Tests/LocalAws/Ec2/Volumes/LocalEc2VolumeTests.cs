using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2.Volumes;

/// <summary>DescribeVolumes and DeleteVolume through the SDK: the fields, the filters, the limits and the errors of the reference.</summary>
public sealed class LocalEc2VolumeTests : Ec2TestBase
{
    private static readonly LocalEc2Volume Attached = new()
    {
        VolumeId = "vol-0aaaaaaaaaaaaaaaa",
        Size = 100,
        VolumeType = "io1",
        AvailabilityZone = "us-east-1c",
        SnapshotId = "snap-0bbbbbbbbbbbbbbbb",
        Encrypted = true,
        CreateTime = Launched,
        Attachments = [new("i-0cccccccccccccccc", "/dev/sdf", DeleteOnTermination: true)],
        Tags = new Dictionary<string, string> { ["env"] = "prod" },
    };

    [Fact]
    public async Task A_volume_reads_back_with_every_field_EC2_reports()
    {
        State.Volumes.Seed([Attached]);

        var volume = (await Client.DescribeVolumesAsync(new DescribeVolumesRequest())).Volumes.Single();

        (volume.VolumeId, volume.Size, volume.VolumeType.Value, volume.State.Value, volume.AvailabilityZone).Should().Be(("vol-0aaaaaaaaaaaaaaaa", 100, "io1", "in-use", "us-east-1c"));
        (volume.SnapshotId, volume.Encrypted, volume.MultiAttachEnabled, volume.CreateTime).Should().Be(("snap-0bbbbbbbbbbbbbbbb", true, false, Launched.UtcDateTime));
        var attachment = volume.Attachments.Single();
        (attachment.VolumeId, attachment.InstanceId, attachment.Device, attachment.State.Value, attachment.DeleteOnTermination).Should().Be(
            ("vol-0aaaaaaaaaaaaaaaa", "i-0cccccccccccccccc", "/dev/sdf", "attached", true));
        volume.Tags.Should().ContainSingle().Which.Should().BeEquivalentTo(new Tag("env", "prod"));
    }

    [Fact]
    public void Seeding_fills_the_gaps_as_EC2_would()
    {
        var id = State.Volumes.Seed([new LocalEc2Volume()]).Single();

        var volume = State.Volumes.Find(id)!;
        id.Should().MatchRegex("^vol-[0-9a-f]{17}$");
        (volume.State, volume.VolumeType, volume.Size, volume.AvailabilityZone).Should().Be(("available", "gp3", 8, "us-east-1a"));
        volume.CreateTime.Should().NotBeNull();
    }

    [Fact]
    public void Seeding_refuses_what_EC2_would_never_report_and_adds_nothing()
    {
        var state = () => State.Volumes.Seed([new LocalEc2Volume(), new LocalEc2Volume { State = "broken" }]);
        var malformed = () => State.Volumes.Seed([new LocalEc2Volume { VolumeId = "vol-1" }]);
        var twice = () => State.Volumes.Seed([new LocalEc2Volume { VolumeId = "vol-01234567" }, new LocalEc2Volume { VolumeId = "vol-01234567" }]);

        state.Should().Throw<ArgumentException>().WithMessage("Volume state 'broken' is not one EC2 reports; use one of creating, available, in-use, deleting, deleted, error.*");
        malformed.Should().Throw<ArgumentException>().WithMessage("The volume id 'vol-1' is malformed: expected 'vol-' and 8 or 17 lower-case hex digits.*");
        twice.Should().Throw<ArgumentException>().WithMessage("The volume id 'vol-01234567' is already taken.*");
        State.Volumes.All().Should().BeEmpty();
    }

    public static TheoryData<string, string> Filters => new()
    {
        { "volume-id", "vol-0aaaaaaaaaaaaaaaa" },
        { "status", "in-use" },
        { "size", "100" },
        { "volume-type", "io1" },
        { "availability-zone", "us-east-1c" },
        { "snapshot-id", "snap-0bbbbbbbbbbbbbbbb" },
        { "encrypted", "true" },
        { "multi-attach-enabled", "false" },
        { "create-time", "2024-05-01T12:00:00.000Z" },
        { "attachment.instance-id", "i-0cccccccccccccccc" },
        { "attachment.device", "/dev/sdf" },
        { "attachment.status", "attached" },
        { "attachment.delete-on-termination", "true" },
        { "attachment.attach-time", "2024-05-01T*" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_of_the_reference_selects_by_its_field(string name, string value)
    {
        State.Volumes.Seed([Attached, new LocalEc2Volume { Size = 8, Encrypted = false, MultiAttachEnabled = true, CreateTime = Launched.AddYears(-1) }]);

        var volumes = (await Client.DescribeVolumesAsync(new DescribeVolumesRequest { Filters = [Filter(name, value)] })).Volumes;

        volumes.Should().ContainSingle().Which.VolumeId.Should().Be("vol-0aaaaaaaaaaaaaaaa");
    }

    [Fact]
    public async Task MaxResults_with_volume_ids_is_refused_and_above_500_gets_pages_of_500()
    {
        State.Volumes.Seed(Enumerable.Range(0, 501).Select(_ => new LocalEc2Volume()));
        var id = State.Volumes.All()[0].VolumeId!;

        var combined = await FailureOf(() => Client.DescribeVolumesAsync(new DescribeVolumesRequest { VolumeIds = [id], MaxResults = 5 }));
        var capped = await Client.DescribeVolumesAsync(new DescribeVolumesRequest { MaxResults = 1000 });

        (combined.ErrorCode, combined.Message).Should().Be(("InvalidParameterCombination", "The parameter volumeSet cannot be used with the parameter maxResults"));
        capped.Volumes.Should().HaveCount(500);
        capped.NextToken.Should().NotBeNull();
    }

    [Fact]
    public async Task DeleteVolume_removes_an_unattached_volume()
    {
        var id = State.Volumes.Seed([new LocalEc2Volume()]).Single();

        await Client.DeleteVolumeAsync(new DeleteVolumeRequest { VolumeId = id });
        var gone = await FailureOf(() => Client.DeleteVolumeAsync(new DeleteVolumeRequest { VolumeId = id }));

        State.Volumes.All().Should().BeEmpty();
        (gone.ErrorCode, gone.Message).Should().Be(("InvalidVolume.NotFound", $"The volume '{id}' does not exist."));
    }

    [Fact]
    public async Task DeleteVolume_refuses_an_attached_volume_and_a_malformed_or_missing_id()
    {
        State.Volumes.Seed([Attached]);

        var inUse = await FailureOf(() => Client.DeleteVolumeAsync(new DeleteVolumeRequest { VolumeId = Attached.VolumeId }));
        var malformed = await FailureOf(() => Client.DeleteVolumeAsync(new DeleteVolumeRequest { VolumeId = "vol-zz" }));
        var missing = await FailureOf(() => Client.DeleteVolumeAsync(new DeleteVolumeRequest()));

        (inUse.ErrorCode, inUse.Message).Should().Be(("VolumeInUse", "Volume vol-0aaaaaaaaaaaaaaaa is currently attached to i-0cccccccccccccccc"));
        (malformed.ErrorCode, malformed.Message).Should().Be(("InvalidVolumeID.Malformed", "Invalid id: \"vol-zz\" (expecting \"vol-...\")"));
        (missing.ErrorCode, missing.Message).Should().Be(("MissingParameter", "The request must contain the parameter VolumeId"));
        State.Volumes.All().Should().ContainSingle();
    }

    [Fact]
    public async Task DeleteVolume_with_DryRun_checks_and_changes_nothing()
    {
        var id = State.Volumes.Seed([new LocalEc2Volume()]).Single();
        State.Volumes.Seed([Attached]);

        var allowed = await FailureOf(() => Client.DeleteVolumeAsync(new DeleteVolumeRequest { VolumeId = id, DryRun = true }));
        var refused = await FailureOf(() => Client.DeleteVolumeAsync(new DeleteVolumeRequest { VolumeId = Attached.VolumeId, DryRun = true }));

        allowed.ErrorCode.Should().Be("DryRunOperation");
        refused.ErrorCode.Should().Be("VolumeInUse");
        State.Volumes.All().Should().HaveCount(2);
    }

    [Fact]
    public async Task The_request_log_folds_the_volume_ids()
    {
        var ids = State.Volumes.Seed([new LocalEc2Volume(), new LocalEc2Volume()]);

        await Client.DescribeVolumesAsync(new DescribeVolumesRequest { VolumeIds = [.. ids] });

        Server.Requests.For("ec2", "DescribeVolumes").Single().Parameter("VolumeIds").Should().Be(string.Join(',', ids));
    }
}
