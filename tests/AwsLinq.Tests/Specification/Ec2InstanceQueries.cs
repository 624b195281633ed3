using Amazon.EC2;
using Amazon.EC2.Model;
using static AwsLinq.Tests.Specification.SpecQuery;

namespace AwsLinq.Tests.Specification;

/// <summary>The instance queries AwsLinq must answer exactly as LINQ-to-Objects does over the complete listing.</summary>
public static class Ec2InstanceQueries
{
    private static readonly DateTime Cutoff = new(2024, 3, 15, 0, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<SpecQuery<Instance>> All { get; } = Build();

    public static IEnumerable<object[]> Cases() =>
        from query in All
        from async in new[] { false, true }
        select new object[] { query.Name, async };

    public static SpecQuery<Instance> Named(string name) => All.Single(q => q.Name == name);

    private static SpecQuery<Instance> S<T>(string name, Func<IQueryable<Instance>, IQueryable<T>> query) => Sequence(name, query);

    private static SpecQuery<Instance> V<T>(string name, Func<IQueryable<Instance>, T> sync, Func<IQueryable<Instance>, Task<T>> async) => Scalar(name, sync, async);

    private static List<SpecQuery<Instance>> Build()
    {
        string[] types = ["m5.large", "c5.xlarge"];
        var running = InstanceStateName.Running;
        var micro = "t3.micro";
        List<string> vpcs = ["vpc-a0000001", "vpc-c0000001"];
        return
        [
            S("all", q => q),
            S("type constant", q => q.Where(i => i.InstanceType == InstanceType.T3Micro)),
            S("type string", q => q.Where(i => i.InstanceType == micro)),
            S("type value", q => q.Where(i => i.InstanceType.Value == "m5.large")),
            S("type upper case", q => q.Where(i => i.InstanceType == "T3.SMALL")),
            S("state", q => q.Where(i => i.State.Name == running)),
            S("state value", q => q.Where(i => i.State.Name.Value == "stopped")),
            S("state code", q => q.Where(i => i.State.Code == 48)),
            S("tenancy", q => q.Where(i => i.Placement.Tenancy == Tenancy.Dedicated)),
            S("tenancy and type", q => q.Where(i => i.Placement.Tenancy == Tenancy.Default && i.InstanceType == InstanceType.M5Large)),
            S("vpc", q => q.Where(i => i.VpcId == "vpc-b0000001")),
            S("subnet", q => q.Where(i => i.SubnetId == "subnet-00000003")),
            S("image", q => q.Where(i => i.ImageId == "ami-00000000000000002")),
            S("key name", q => q.Where(i => i.KeyName == "key-1")),
            S("availability zone", q => q.Where(i => i.Placement.AvailabilityZone == "us-east-1b")),
            S("architecture", q => q.Where(i => i.Architecture == ArchitectureValues.Arm64)),
            S("platform", q => q.Where(i => i.Platform == PlatformValues.Windows)),
            S("lifecycle", q => q.Where(i => i.InstanceLifecycle == InstanceLifecycleType.Spot)),
            S("launch index", q => q.Where(i => i.AmiLaunchIndex == 2)),
            S("public ip", q => q.Where(i => i.PublicIpAddress == "54.0.0.9")),
            S("root device", q => q.Where(i => i.RootDeviceType == DeviceType.Ebs)),
            S("hypervisor", q => q.Where(i => i.Hypervisor == HypervisorType.Xen)),
            S("virtualization", q => q.Where(i => i.VirtualizationType == VirtualizationType.Hvm)),
            S("types contains", q => q.Where(i => types.Contains(i.InstanceType.Value))),
            S("vpcs list contains", q => q.Where(i => vpcs.Contains(i.VpcId))),
            S("or same field", q => q.Where(i => i.State.Name == InstanceStateName.Stopped || i.State.Name == InstanceStateName.Pending)),
            S("or different fields", q => q.Where(i => i.State.Name == InstanceStateName.Stopped || i.InstanceType == InstanceType.C5Xlarge)),
            S("conflicting equalities", q => q.Where(i => i.VpcId == "vpc-a0000001" && i.VpcId == "vpc-b0000001")),
            S("overlapping contains", q => q.Where(i => types.Contains(i.InstanceType.Value) && i.InstanceType == InstanceType.M5Large)),
            S("instance id", q => q.Where(i => i.InstanceId == "i-unknown0000000000")),
            S("tag any key and value", q => q.Where(i => i.Tags.Any(t => t.Key == "env" && t.Value == "prod"))),
            S("tag any value first", q => q.Where(i => i.Tags.Any(t => t.Value == "dev" && t.Key == "env"))),
            S("tag key", q => q.Where(i => i.Tags.Any(t => t.Key == "team"))),
            S("tag accessor", q => q.Where(i => i.Tag("env") == "staging")),
            S("tag accessor and tag key", q => q.Where(i => i.Tag("team") == "core" && i.Tags.Any(t => t.Key == "env"))),
            S("tag missing", q => q.Where(i => i.Tag("team") == null)),
            S("no tags", q => q.Where(i => !i.Tags.Any())),
            S("tag value any key", q => q.Where(i => i.Tags.Any(t => t.Value == "data"))),
            S("name starts with", q => q.Where(i => i.Tag("Name") != null && i.Tag("Name")!.StartsWith("web-"))),
            S("key name starts with", q => q.Where(i => i.KeyName != null && i.KeyName.StartsWith("key-"))),
            S("subnet ends with", q => q.Where(i => i.SubnetId.EndsWith("5"))),
            S("image contains", q => q.Where(i => i.ImageId.Contains("0001"))),
            S("literal star in name", q => q.Where(i => i.Tag("Name") == "web*11")),
            S("literal star prefix", q => q.Where(i => i.Tag("Name") != null && i.Tag("Name")!.StartsWith("web*"))),
            S("not equal", q => q.Where(i => i.InstanceType != InstanceType.T3Micro)),
            S("launch time range", q => q.Where(i => i.LaunchTime >= Cutoff && i.LaunchTime < Cutoff.AddDays(10))),
            S("case insensitive vpc", q => q.Where(i => string.Equals(i.VpcId, "VPC-A0000001", StringComparison.OrdinalIgnoreCase))),
            S("state and tag and type", q => q.Where(i => i.State.Name == InstanceStateName.Running && i.Tag("env") == "prod" && i.InstanceType == InstanceType.T3Micro)),
            S("take", q => q.Take(12)),
            S("take small", q => q.Take(3)),
            S("filter take", q => q.Where(i => i.State.Name == InstanceStateName.Running).Take(7)),
            S("in memory filter take", q => q.Where(i => i.LaunchTime < Cutoff).Take(7)),
            S("skip take", q => q.Skip(20).Take(9)),
            S("order by launch time", q => q.OrderBy(i => i.LaunchTime).ThenBy(i => i.InstanceId)),
            S("order by type descending", q => q.Where(i => i.Placement.Tenancy == Tenancy.Default).OrderByDescending(i => i.InstanceType.Value).ThenBy(i => i.InstanceId).Take(15)),
            S("select ids", q => q.Where(i => i.VpcId == "vpc-c0000001").Select(i => i.InstanceId)),
            S("select anonymous", q => q.Select(i => new { i.InstanceId, Type = i.InstanceType.Value, Env = i.Tag("env") })),
            S("select distinct types", q => q.Select(i => i.InstanceType.Value).Distinct()),
            S("query syntax", q => from i in q where i.State.Name == InstanceStateName.Stopped && i.Tag("env") != "dev" orderby i.LaunchTime select i.InstanceId),
            V("count", q => q.Count(), q => q.CountAsync()),
            V("count running", q => q.Count(i => i.State.Name == InstanceStateName.Running), q => q.CountAsync(i => i.State.Name == InstanceStateName.Running)),
            V("count tags in memory", q => q.LongCount(i => i.Tags.Count() > 2), q => q.LongCountAsync(i => i.Tags.Count() > 2)),
            V("first", q => q.First(), q => q.FirstAsync()),
            V("first filtered", q => q.First(i => i.Tag("team") == "data"), q => q.FirstAsync(i => i.Tag("team") == "data")),
            V("first or default none", q => q.FirstOrDefault(i => i.VpcId == "vpc-z"), q => q.FirstOrDefaultAsync(i => i.VpcId == "vpc-z")),
            V("single or default none", q => q.SingleOrDefault(i => i.KeyName == "key-9"), q => q.SingleOrDefaultAsync(i => i.KeyName == "key-9")),
            V("any windows", q => q.Any(i => i.Platform == PlatformValues.Windows), q => q.AnyAsync(i => i.Platform == PlatformValues.Windows)),
            V("all have image", q => q.All(i => i.ImageId.StartsWith("ami-")), q => q.AllAsync(i => i.ImageId.StartsWith("ami-"))),
        ];
    }
}
