using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Snapshots;

/// <summary>The snapshot properties EC2 can filter on, with the filter names of DescribeSnapshots. <c>StartTime</c> is compared in memory.</summary>
internal static class SnapshotFields
{
    public static Ec2Fields Fields { get; } = new(
        new Dictionary<string, FilterField>(StringComparer.Ordinal)
        {
            ["SnapshotId"] = new("snapshot-id"),
            ["VolumeId"] = new("volume-id"),
            ["VolumeSize"] = new("volume-size"),
            ["State"] = new("status"),
            ["Description"] = new("description"),
            ["Encrypted"] = new("encrypted"),
            ["OwnerId"] = new("owner-id"),
            ["OwnerAlias"] = new("owner-alias"),
            ["Progress"] = new("progress"),
            ["StorageTier"] = new("storage-tier"),
        },
        typeof(SnapshotExtensions).GetMethod(nameof(SnapshotExtensions.Tag)));
}
