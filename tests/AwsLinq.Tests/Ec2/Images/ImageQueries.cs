using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Tests.Specification;
using static AwsLinq.Tests.Ec2.Spec<Amazon.EC2.Model.Image>;

namespace AwsLinq.Tests.Ec2.Images;

/// <summary>The image queries AwsLinq must answer exactly as LINQ-to-Objects does over the complete listing.</summary>
public static class ImageQueries
{
    public static IReadOnlyList<SpecQuery<Image>> All { get; } =
    [
        S("all", q => q),
        S("available", q => q.Where(i => i.State == ImageState.Available)),
        S("not available", q => q.Where(i => i.State != ImageState.Available)),
        S("arm", q => q.Where(i => i.Architecture == ArchitectureValues.Arm64)),
        S("windows", q => q.Where(i => i.Platform == PlatformValues.Windows)),
        S("public", q => q.Where(i => i.Public == true)),
        S("name prefix", q => q.Where(i => i.Name.StartsWith("web-build-"))),
        S("name suffix", q => q.Where(i => i.Name.EndsWith("7"))),
        S("name contains", q => q.Where(i => i.Name.Contains("-build-01"))),
        S("description", q => q.Where(i => i.Description == "batch image")),
        S("without description", q => q.Where(i => i.Description == null)),
        S("created in March", q => q.Where(i => i.CreationDate.StartsWith("2024-03"))),
        S("created before", q => q.Where(i => i.CreationDate.CompareTo("2024-06-01") < 0)),
        S("uses a snapshot", q => q.Where(i => i.BlockDeviceMappings.Any(b => b.Ebs.SnapshotId == "snap-00000000000000009"))),
        S("root device name", q => q.Where(i => i.BlockDeviceMappings.Any(b => b.DeviceName == "/dev/xvda"))),
        S("tag", q => q.Where(i => i.Tag("app") == "worker")),
        S("untagged", q => q.Where(i => i.Tags.Count() == 0)),
        S("available arm web", q => q.Where(i => i.State == ImageState.Available && i.Architecture == ArchitectureValues.Arm64 && i.Name.StartsWith("web"))),
        S("newest per name", q => q.OrderByDescending(i => i.CreationDate).ThenBy(i => i.ImageId).Take(5)),
        S("select", q => q.Select(i => new { i.ImageId, i.Name, Snapshots = i.BlockDeviceMappings.Select(b => b.Ebs.SnapshotId).ToList().Count })),
        V("count", q => q.Count(), q => q.CountAsync()),
        V("any failed", q => q.Any(i => i.State == ImageState.Failed), q => q.AnyAsync(i => i.State == ImageState.Failed)),
        V("first windows", q => q.FirstOrDefault(i => i.Platform == PlatformValues.Windows), q => q.FirstOrDefaultAsync(i => i.Platform == PlatformValues.Windows)),
    ];
}
