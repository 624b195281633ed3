using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Tests.Specification;
using static AwsLinq.Tests.Ec2.Spec<Amazon.EC2.Model.Snapshot>;

namespace AwsLinq.Tests.Ec2.Snapshots;

/// <summary>The snapshot queries AwsLinq must answer exactly as LINQ-to-Objects does over the complete listing.</summary>
public static class SnapshotQueries
{
    private static readonly DateTime Cutoff = SnapshotSpecData.Epoch.UtcDateTime.AddDays(300);

    public static IReadOnlyList<SpecQuery<Snapshot>> All { get; } =
    [
        S("all", q => q),
        S("completed", q => q.Where(s => s.State == SnapshotState.Completed)),
        S("pending or error", q => q.Where(s => s.State == SnapshotState.Pending || s.State == SnapshotState.Error)),
        S("of a volume", q => q.Where(s => s.VolumeId == "vol-00000000000000003")),
        S("size", q => q.Where(s => s.VolumeSize == 100)),
        S("encrypted", q => q.Where(s => s.Encrypted == true)),
        S("archived", q => q.Where(s => s.StorageTier == StorageTier.Archive)),
        S("description starts with", q => q.Where(s => s.Description.StartsWith("Created by CreateImage"))),
        S("description contains", q => q.Where(s => s.Description.Contains("backup 1"))),
        S("owner", q => q.Where(s => s.OwnerId == SnapshotSpecData.Amazon)),
        S("tag", q => q.Where(s => s.Tag("env") == "prod")),
        S("not kept", q => q.Where(s => s.Tag("keep") == null)),
        S("keep key", q => q.Where(s => s.Tags.Any(t => t.Key == "keep"))),
        S("older than the cutoff", q => q.Where(s => s.StartTime < Cutoff)),
        S("old and not kept", q => q.Where(s => s.StartTime < Cutoff && s.Tag("keep") == null && s.State == SnapshotState.Completed)),
        S("between dates", q => q.Where(s => s.StartTime >= Cutoff.AddDays(-100) && s.StartTime < Cutoff)),
        S("take", q => q.Take(11)),
        S("newest first", q => q.OrderByDescending(s => s.StartTime).ThenBy(s => s.SnapshotId).Take(10)),
        S("select", q => q.Where(s => s.Encrypted == false).Select(s => new { s.SnapshotId, s.VolumeSize, Env = s.Tag("env") })),
        V("count", q => q.Count(), q => q.CountAsync()),
        V("total size of old ones", q => q.Where(s => s.StartTime < Cutoff).Select(s => s.VolumeSize ?? 0).ToList().Sum(), async q => (await q.Where(s => s.StartTime < Cutoff).Select(s => s.VolumeSize ?? 0).ToListAsync()).Sum()),
        V("first completed", q => q.First(s => s.State == SnapshotState.Completed), q => q.FirstAsync(s => s.State == SnapshotState.Completed)),
        V("any archived", q => q.Any(s => s.StorageTier == StorageTier.Archive), q => q.AnyAsync(s => s.StorageTier == StorageTier.Archive)),
    ];
}
