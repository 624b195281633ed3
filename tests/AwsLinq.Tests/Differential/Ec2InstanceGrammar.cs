using System.Linq.Expressions;
using Amazon.EC2;
using Amazon.EC2.Model;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// Random queries over EC2 instances: equalities and <c>Contains</c> on every filterable field, tags, state
/// names and codes, wildcard-like string matches, and predicates EC2 cannot filter on.
/// </summary>
internal sealed class Ec2InstanceGrammar() : QueryGrammar<Instance>("ec2.Instances()", "i", 5, 1000)
{
    protected override IReadOnlyList<OrderKey<Instance>> OrderKeys { get; } =
    [
        OrderKey<Instance>.Of("i.InstanceId", i => i.InstanceId),
        OrderKey<Instance>.Of("i.LaunchTime", i => i.LaunchTime),
        OrderKey<Instance>.Of("i.InstanceType.Value", i => i.InstanceType.Value),
        OrderKey<Instance>.Of("i.State.Name.Value", i => i.State.Name.Value),
        OrderKey<Instance>.Of("i.State.Code", i => i.State.Code),
        OrderKey<Instance>.Of("i.Placement.AvailabilityZone", i => i.Placement.AvailabilityZone),
        OrderKey<Instance>.Of("i.Tag(\"env\")", i => i.Tag("env")),
        OrderKey<Instance>.Of("i.AmiLaunchIndex", i => i.AmiLaunchIndex),
        OrderKey<Instance>.Of("i.KeyName", i => i.KeyName, StringComparer.OrdinalIgnoreCase, "StringComparer.OrdinalIgnoreCase"),
    ];

    public override string Render(Instance item) => $"{item.InstanceId}|{item.InstanceType?.Value}|{item.State?.Name?.Value}";

    protected override Predicate<Instance> Atom(Random random, IReadOnlyList<Instance> listing)
    {
        var sample = random.Pick(listing);
        switch (random.Next(24))
        {
            case 0:
                return Text("i.InstanceId == {0}", random.Chance(0.8) ? sample.InstanceId : "i-0000000000000000", v => i => i.InstanceId == v, true);
            case 1 or 2:
                // At most 200 ids: a longer list is split into listings that are merged one after another, so their
                // instances come in another order than one listing's.
                var ids = Enumerable.Range(0, random.Chance(0.1) ? 190 + random.Next(11) : random.Next(12))
                    .Select(n => random.Chance(0.85) ? random.Pick(listing).InstanceId : $"i-{n:D17}").ToArray();
                return random.Next(3) switch
                {
                    0 => new Atom<Instance, string[]>("{0}.Contains(i.InstanceId)", ids, v => i => v.Contains(i.InstanceId), Values.Simpler) { Narrows = true },
                    1 => new Atom<Instance, string[]>("{0}.ToList().Contains(i.InstanceId)", ids, v => i => v.ToList().Contains(i.InstanceId), Values.Simpler) { Narrows = true },
                    _ => new Atom<Instance, string[]>("{0}.ToHashSet().Contains(i.InstanceId)", ids, v => i => v.ToHashSet().Contains(i.InstanceId), Values.Simpler) { Narrows = true },
                };
            case 3:
                var type = random.Pick(Ec2InstanceData.Types);
                return random.Next(4) switch
                {
                    0 => Text("i.InstanceType == {0}", type, v => i => i.InstanceType == v, true),
                    1 => Text("i.InstanceType == {0}", type.ToUpperInvariant(), v => i => i.InstanceType == v, true),
                    2 => Text("i.InstanceType.Value == {0}", random.Chance(0.8) ? type : type.ToUpperInvariant(), v => i => i.InstanceType.Value == v, true),
                    _ => new Atom<Instance, string[]>("{0}.Contains(i.InstanceType.Value)", [type, random.Pick(Ec2InstanceData.Types)], v => i => v.Contains(i.InstanceType.Value), Values.Simpler) { Narrows = true },
                };
            case 4:
                var state = random.Pick(Ec2InstanceData.States);
                return random.Next(4) switch
                {
                    0 => Text("i.State.Name == {0}", state, v => i => i.State.Name == v, true),
                    1 => Text("i.State.Name.Value == {0}", state, v => i => i.State.Name.Value == v, true),
                    2 => new Atom<Instance, InstanceStateName[]>(
                        "{0}.Contains(i.State.Name)", [InstanceStateName.FindValue(state), InstanceStateName.Running], v => i => v.Contains(i.State.Name), Values.Simpler) { Narrows = true },
                    _ => new Atom<Instance, int>("i.State.Code == {0}", random.Pick([0, 16, 32, 48, 64, 80, 272]), v => i => i.State.Code == v, Values.None) { Narrows = true },
                };
            case 5:
                return random.Chance(0.5)
                    ? Text("i.VpcId == {0}", random.Pick(Ec2InstanceData.Vpcs), v => i => i.VpcId == v, true)
                    : Text("i.VpcId != {0}", random.Pick(Ec2InstanceData.Vpcs), v => i => i.VpcId != v);
            case 6:
                return Text("i.SubnetId == {0}", sample.SubnetId, v => i => i.SubnetId == v, true);
            case 7:
                return Text("i.ImageId == {0}", random.Pick(Ec2InstanceData.Images), v => i => i.ImageId == v, true);
            case 8:
                return random.Chance(0.7)
                    ? Text("i.KeyName == {0}", random.Chance(0.8) ? random.Pick(Ec2InstanceData.KeyNames) : null!, v => i => i.KeyName == v, true)
                    : Text("i.KeyName != null && i.KeyName.StartsWith({0})", Prefix(random, random.Pick(Ec2InstanceData.KeyNames)), v => i => i.KeyName != null && i.KeyName.StartsWith(v), true);
            case 9:
                return Text("i.Placement.AvailabilityZone == {0}", random.Pick(Ec2InstanceData.Zones), v => i => i.Placement.AvailabilityZone == v, true);
            case 10:
                return random.Next(5) switch
                {
                    0 => Text("i.Architecture == {0}", random.Pick(["arm64", "x86_64", "X86_64"]), v => i => i.Architecture == v, true),
                    1 => Text("i.Platform == {0}", random.Pick(["windows", "Windows"]), v => i => i.Platform == v, true),
                    2 => new Atom<Instance, string>("i.Platform == PlatformValues.Windows", "windows", v => i => i.Platform == PlatformValues.Windows, Values.None) { Narrows = true },
                    3 => Text("i.InstanceLifecycle == {0}", "spot", v => i => i.InstanceLifecycle == v, true),
                    _ => Text("i.Placement.Tenancy == {0}", random.Pick(["default", "dedicated"]), v => i => i.Placement.Tenancy == v, true),
                };
            case 11:
                return random.Chance(0.5)
                    ? Text("i.PrivateIpAddress == {0}", sample.PrivateIpAddress, v => i => i.PrivateIpAddress == v, true)
                    : Text("i.PublicIpAddress == {0}", sample.PublicIpAddress, v => i => i.PublicIpAddress == v, true);
            case 12:
                return random.Chance(0.5)
                    ? Text("i.PrivateDnsName == {0}", sample.PrivateDnsName, v => i => i.PrivateDnsName == v, true)
                    : Text("i.PublicDnsName == {0}", sample.PublicDnsName ?? string.Empty, v => i => i.PublicDnsName == v, true);
            case 13:
                return new Atom<Instance, int>("i.AmiLaunchIndex == {0}", random.Next(5), v => i => i.AmiLaunchIndex == v, Values.Simpler) { Narrows = true };
            case 14:
                return random.Chance(0.5)
                    ? Text("i.RootDeviceType == {0}", random.Pick(["ebs", "instance-store"]), v => i => i.RootDeviceType == v, true)
                    : Text("i.IamInstanceProfile != null && i.IamInstanceProfile.Arn == {0}", sample.IamInstanceProfile?.Arn ?? "arn:aws:iam::123456789012:instance-profile/role-0", v => i => i.IamInstanceProfile != null && i.IamInstanceProfile.Arn == v, true);
            case 15 or 16:
                var key = random.Pick(Ec2InstanceData.TagKeys);
                var value = random.Pick(Ec2InstanceData.TagValues);
                return random.Next(7) switch
                {
                    6 => new Atom<Instance, string[]>(
                        $"{{0}}.Contains(i.Tag({CSharpText.Of(key)}))", [value, random.Pick(Ec2InstanceData.TagValues), "\uD83D"], v => i => v.Contains(i.Tag(key)), Values.Simpler) { Narrows = true },
                    0 => Text($"i.Tags.Any(t => t.Key == {CSharpText.Of(key)} && t.Value == {{0}})", value, v => i => i.Tags.Any(t => t.Key == key && t.Value == v), true),
                    1 => Text("i.Tags.Any(t => t.Key == {0})", key, v => i => i.Tags.Any(t => t.Key == v), true),
                    2 => Text($"i.Tag({CSharpText.Of(key)}) == {{0}}", value, v => i => i.Tag(key) == v, true),
                    3 => Text("i.Tags.Any(t => t.Value == {0})", value, v => i => i.Tags.Any(t => t.Value == v)),
                    4 => Text("i.Tag({0}) == null", key, v => i => i.Tag(v) == null),
                    _ => new Atom<Instance, int>("i.Tags.Count() > {0}", random.Next(3), v => i => i.Tags.Count() > v, Values.Simpler),
                };
            case 17 or 18:
                var tagKey = random.Pick(Ec2InstanceData.TagKeys);
                var part = Prefix(random, random.Pick(Ec2InstanceData.TagValues));
                return random.Next(3) switch
                {
                    0 => Text($"i.Tag({CSharpText.Of(tagKey)}) != null && i.Tag({CSharpText.Of(tagKey)})!.StartsWith({{0}})", part, v => i => i.Tag(tagKey) != null && i.Tag(tagKey)!.StartsWith(v), true),
                    1 => Text($"i.Tag({CSharpText.Of(tagKey)}) != null && i.Tag({CSharpText.Of(tagKey)})!.EndsWith({{0}})", part, v => i => i.Tag(tagKey) != null && i.Tag(tagKey)!.EndsWith(v), true),
                    _ => Text($"i.Tag({CSharpText.Of(tagKey)}) != null && i.Tag({CSharpText.Of(tagKey)})!.Contains({{0}})", part, v => i => i.Tag(tagKey) != null && i.Tag(tagKey)!.Contains(v), true),
                };
            case 19:
                var fragment = Prefix(random, sample.SubnetId);
                return random.Next(3) switch
                {
                    0 => Text("i.SubnetId.StartsWith({0})", fragment, v => i => i.SubnetId.StartsWith(v), true),
                    1 => Text("i.ImageId.EndsWith({0})", sample.ImageId[^random.Next(1, 5)..], v => i => i.ImageId.EndsWith(v), true),
                    _ => Text("i.PrivateDnsName.Contains({0})", sample.PrivateDnsName[random.Next(sample.PrivateDnsName.Length)..][..1], v => i => i.PrivateDnsName.Contains(v), true),
                };
            case 20:
                return new Atom<Instance, DateTime>("i.LaunchTime < {0}", sample.LaunchTime ?? DateTime.UnixEpoch, v => i => i.LaunchTime < v, Values.None);
            case 21:
                return Text("i.InstanceId.CompareTo({0}) > 0", Prefix(random, sample.InstanceId), v => i => i.InstanceId.CompareTo(v) > 0);
            case 22:
                return Text("string.Equals(i.VpcId, {0}, StringComparison.OrdinalIgnoreCase)", random.Pick(Ec2InstanceData.Vpcs).ToUpperInvariant(), v => i => string.Equals(i.VpcId, v, StringComparison.OrdinalIgnoreCase));
            default:
                var odd = random.Pick(Ec2InstanceData.TagKeys);
                return Text($"i.Tag({CSharpText.Of(odd)}) == {{0}}", random.Pick(["\uD83D", "web\\*1", "*", "?", "web?1"]), v => i => i.Tag(odd) == v, true);
        }
    }

    protected override Projection<Instance> Projection(Random random, IReadOnlyList<Instance> listing) => random.Next(5) switch
    {
        0 => Projection<Instance>.Of("i.InstanceId", i => i.InstanceId),
        1 => Projection<Instance>.Of("i.Tag(\"Name\")", i => i.Tag("Name")),
        2 => Projection<Instance>.Of("i.State.Code", i => i.State.Code),
        3 => Projection<Instance>.Of("i.Tags.Count()", i => i.Tags.Count()),
        _ => Projection<Instance>.Of("i.InstanceId.CompareTo(\"i-08\")", i => i.InstanceId.CompareTo("i-08")),
    };

    protected override Predicate<Instance> Scope(Random random, IReadOnlyList<Instance> listing)
    {
        var sample = random.Pick(listing);
        return random.Next(4) switch
        {
            0 => Text("i.SubnetId == {0}", sample.SubnetId, v => i => i.SubnetId == v, true),
            1 => Text("i.InstanceType == {0}", sample.InstanceType.Value, v => i => i.InstanceType == v, true),
            2 => new Atom<Instance, string[]>(
                "{0}.Contains(i.InstanceId)", listing.Where(_ => random.Chance(0.02)).Select(i => i.InstanceId).ToArray(), v => i => v.Contains(i.InstanceId), Values.Simpler) { Narrows = true },
            _ => Text("i.Tags.Any(t => t.Key == {0})", random.Pick(Ec2InstanceData.TagKeys), v => i => i.Tags.Any(t => t.Key == v), true),
        };
    }

    private static Atom<Instance, string> Text(string format, string value, Func<string, Expression<Func<Instance, bool>>> make, bool narrows = false) =>
        new(format, value, make, Values.Simpler) { Narrows = narrows };

    private static string Prefix(Random random, string text) => text[..random.Next(text.Length + 1)];
}
