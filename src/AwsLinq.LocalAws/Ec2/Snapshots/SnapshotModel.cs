using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Snapshots;

/// <summary>Snapshots as the generic store and operations see them: ids, errors, completion, filters and XML.</summary>
internal static class SnapshotModel
{
    public static ResourceKind<LocalEc2Snapshot> Kind { get; } = new()
    {
        Name = "snapshot",
        IdPrefix = "snap",
        GivenId = s => s.SnapshotId,
        Id = s => s.SnapshotId!,
        Tags = s => s.Tags,
        WithTags = (s, tags) => s with { Tags = tags },
        Complete = Complete,
        Malformed = ResourceErrors.Malformed("InvalidSnapshotID.Malformed", "snap"),
        NotFound = ResourceErrors.NotFound("InvalidSnapshot.NotFound", id => $"The snapshot '{id}' does not exist.", ids => $"The snapshots '{ids}' do not exist."),
    };

    // The reference's filters of DescribeSnapshots.
    public static FilterFields<LocalEc2Snapshot> Fields { get; } = new(s => s.Tags)
    {
        { "snapshot-id", s => s.SnapshotId },
        { "volume-id", s => s.VolumeId },
        { "volume-size", s => (long)s.VolumeSize },
        { "status", s => s.State },
        { "start-time", s => Ec2Xml.Timestamp(s.StartTime!.Value) },
        { "progress", s => Progress(s) },
        { "description", s => s.Description },
        { "encrypted", s => (bool?)s.Encrypted },
        { "owner-id", s => s.OwnerId },
        { "owner-alias", s => s.OwnerAlias },
        { "storage-tier", s => s.StorageTier },
    };

    public static bool Visible(LocalEc2Snapshot s) => Owners.Visible(s.OwnerId, s.Public, s.SharedWith);

    public static object?[] Item(LocalEc2Snapshot s) =>
    [
        Ec2Xml.Element("snapshotId", s.SnapshotId),
        Ec2Xml.Element("volumeId", s.VolumeId),
        Ec2Xml.Element("status", s.State),
        ResourceXml.Time("startTime", s.StartTime!.Value),
        Ec2Xml.Element("progress", Progress(s)),
        Ec2Xml.Element("ownerId", s.OwnerId),
        Ec2Xml.Element("volumeSize", Ec2Xml.Number(s.VolumeSize)),
        Ec2Xml.Element("description", s.Description),
        ResourceXml.Flag("encrypted", s.Encrypted),
        ResourceXml.Optional("ownerAlias", s.OwnerAlias),
        Ec2Xml.Element("storageTier", s.StorageTier),
        ResourceXml.Tags(s.Tags),
    ];

    private static string Progress(LocalEc2Snapshot s) => s.State == "completed" ? "100%" : "0%";

    private static LocalEc2Snapshot Complete(LocalEc2Snapshot s, ResourceContext context)
    {
        ArgumentNullException.ThrowIfNull(s.SharedWith, "resources");
        ArgumentOutOfRangeException.ThrowIfLessThan(s.VolumeSize, 1, "resources");
        return s with
        {
            SnapshotId = context.Id,
            State = ResourceXml.OneOf(s.State, "Snapshot state", "pending", "completed", "error", "recoverable", "recovering"),
            StorageTier = ResourceXml.OneOf(s.StorageTier, "Storage tier", "standard", "archive"),
            StartTime = ResourceXml.Seconds(s.StartTime, context.Now),
            SharedWith = [.. s.SharedWith],
            Tags = ResourceXml.Copy(s.Tags, "resources"),
        };
    }
}
