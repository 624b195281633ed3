using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Tests.Specification;
using static AwsLinq.Tests.Ec2.Spec<Amazon.EC2.Model.Volume>;

namespace AwsLinq.Tests.Ec2.Volumes;

/// <summary>The volume queries AwsLinq must answer exactly as LINQ-to-Objects does over the complete listing.</summary>
public static class VolumeQueries
{
    private static readonly DateTime Cutoff = VolumeSpecData.Epoch.UtcDateTime.AddDays(200);

    public static IReadOnlyList<SpecQuery<Volume>> All { get; } = Build();

    private static List<SpecQuery<Volume>> Build()
    {
        var first = VolumeSpecData.InstanceIds[0];
        var third = VolumeSpecData.InstanceIds[2];
        string[] types = ["io1", "st1"];
        List<string> ids = ["vol-00000000000000003", "vol-00000000000000012", "vol-000000000000000ff"];
        return
        [
            S("all", q => q),
            S("available", q => q.Where(v => v.State == VolumeState.Available)),
            S("in use as string", q => q.Where(v => v.State == "in-use")),
            S("error value", q => q.Where(v => v.State.Value == "error")),
            S("type", q => q.Where(v => v.VolumeType == VolumeType.Gp2)),
            S("types contains", q => q.Where(v => types.Contains(v.VolumeType.Value))),
            S("size", q => q.Where(v => v.Size == 100)),
            S("size range in memory", q => q.Where(v => v.Size > 50 && v.Size < 600)),
            S("encrypted", q => q.Where(v => v.Encrypted == true)),
            S("not encrypted", q => q.Where(v => v.Encrypted == false)),
            S("zone", q => q.Where(v => v.AvailabilityZone == "us-east-1b")),
            S("snapshot", q => q.Where(v => v.SnapshotId == "snap-00000000000000002")),
            S("from a snapshot prefix", q => q.Where(v => v.SnapshotId.StartsWith("snap-"))),
            S("multi attach", q => q.Where(v => v.MultiAttachEnabled == true)),
            S("ids contains", q => q.Where(v => ids.Contains(v.VolumeId))),
            S("attached to", q => q.Where(v => v.Attachments.Any(a => a.InstanceId == first))),
            S("attached to either", q => q.Where(v => v.Attachments.Any(a => a.InstanceId == first || a.InstanceId == third))),
            S("attached as root", q => q.Where(v => v.Attachments.Any(a => a.Device == "/dev/xvda"))),
            S("attachment state", q => q.Where(v => v.Attachments.Any(a => a.State == VolumeAttachmentState.Attached))),
            S("delete on termination", q => q.Where(v => v.Attachments.Any(a => a.DeleteOnTermination == true))),
            S("attachment compound in memory", q => q.Where(v => v.Attachments.Any(a => a.InstanceId == first && a.Device == "/dev/sdf"))),
            S("attached to two", q => q.Where(v => v.Attachments.Any(a => a.InstanceId == first) && v.Attachments.Any(a => a.InstanceId == third))),
            S("unattached", q => q.Where(v => !v.Attachments.Any())),
            S("tag accessor", q => q.Where(v => v.Tag("env") == "prod")),
            S("tag any", q => q.Where(v => v.Tags.Any(t => t.Key == "env" && t.Value == "dev"))),
            S("tag key", q => q.Where(v => v.Tags.Any(t => t.Key == "Name"))),
            S("untagged", q => q.Where(v => v.Tag("env") == null)),
            S("name starts with", q => q.Where(v => v.Tag("Name") != null && v.Tag("Name")!.StartsWith("data-"))),
            S("literal star", q => q.Where(v => v.Tag("Name") == "data*26")),
            S("available and dev", q => q.Where(v => v.State == VolumeState.Available && v.Tag("env") == "dev" && v.VolumeType == VolumeType.Gp3)),
            S("conflicting", q => q.Where(v => v.VolumeType == VolumeType.Gp2 && v.VolumeType == VolumeType.Io1)),
            S("older than cutoff", q => q.Where(v => v.CreateTime < Cutoff)),
            S("old and available", q => q.Where(v => v.CreateTime < Cutoff && v.State == VolumeState.Available)),
            S("or different fields", q => q.Where(v => v.Size == 8 || v.VolumeType == VolumeType.St1)),
            S("take", q => q.Take(12)),
            S("filter take", q => q.Where(v => v.State == VolumeState.Available).Take(6)),
            S("skip take", q => q.Skip(7).Take(9)),
            S("order by size", q => q.OrderByDescending(v => v.Size).ThenBy(v => v.VolumeId)),
            S("select ids", q => q.Where(v => v.AvailabilityZone == "us-east-1a").Select(v => v.VolumeId)),
            S("select anonymous", q => q.Select(v => new { v.VolumeId, v.Size, Name = v.Tag("Name"), Attached = v.Attachments.Count() })),
            V("count", q => q.Count(), q => q.CountAsync()),
            V("count available", q => q.Count(v => v.State == VolumeState.Available), q => q.CountAsync(v => v.State == VolumeState.Available)),
            V("first attached", q => q.First(v => v.Attachments.Any(a => a.InstanceId == third)), q => q.FirstAsync(v => v.Attachments.Any(a => a.InstanceId == third))),
            V("first or default none", q => q.FirstOrDefault(v => v.Size == 3), q => q.FirstOrDefaultAsync(v => v.Size == 3)),
            V("any error", q => q.Any(v => v.State == VolumeState.Error), q => q.AnyAsync(v => v.State == VolumeState.Error)),
            V("all have a zone", q => q.All(v => v.AvailabilityZone.StartsWith("us-east-1")), q => q.AllAsync(v => v.AvailabilityZone.StartsWith("us-east-1"))),
        ];
    }
}
