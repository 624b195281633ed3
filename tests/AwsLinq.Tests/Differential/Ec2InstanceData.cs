using System.Globalization;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// A random fleet: reservations of one to five instances over a few VPCs, subnets, types and states, with
/// tags whose keys and values are often non-ASCII or hold EC2's wildcard characters, and many missing fields.
/// </summary>
internal static class Ec2InstanceData
{
    public static readonly string[] Types = ["t3.micro", "t3.small", "m5.large", "c5.xlarge", "t4g.nano"];
    public static readonly string[] States = ["pending", "running", "stopping", "stopped", "shutting-down", "terminated"];
    public static readonly string[] Vpcs = ["vpc-0a1b2c3d", "vpc-1f2e3d4c", "vpc-99999999"];
    public static readonly string[] Zones = ["us-east-1a", "us-east-1b", "us-east-1c"];
    public static readonly string[] Images = ["ami-0abcdef1234567890", "ami-00000000000000001", "ami-1234567890abcdef0"];
    public static readonly string[] KeyNames = ["ops", "deploy", "ops-é", "clé*1", "key?", "日本"];
    public static readonly string[] TagKeys = ["Name", "env", "team", "Équipe", "日本", "cost*center", "a?b", "back\\slash", "😀"];
    public static readonly string[] TagValues = ["", "prod", "Prod", "dev", "web-1", "web*1", "web?1", "w\\eb", "é", "e\u0301", "日本語", "😀", "\uFFFD", "\uE000", "a b"];

    private static readonly DateTimeOffset Epoch = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<(int Reservation, LocalEc2Instance Instance)> Instances(Random random, int count)
    {
        var instances = new List<(int, LocalEc2Instance)>();
        for (var reservation = 0; instances.Count < count; reservation++)
        {
            var size = Math.Min(count - instances.Count, 1 + random.Next(5));
            for (var k = 0; k < size; k++)
            {
                var n = instances.Count;
                var vpc = random.Next(Vpcs.Length);
                var publicIp = random.Chance(0.4) ? FormattableString.Invariant($"54.{random.Next(4)}.{n / 256}.{n % 256}") : null;
                var tags = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var t = random.Next(4); t > 0; t--)
                {
                    tags[random.Pick(TagKeys)] = random.Pick(TagValues);
                }

                instances.Add((reservation, new LocalEc2Instance
                {
                    InstanceId = "i-0" + random.NextInt64(0, long.MaxValue).ToString("x16", CultureInfo.InvariantCulture),
                    InstanceType = random.Pick(Types),
                    State = random.Pick(States),
                    ImageId = random.Pick(Images),
                    KeyName = random.Chance(0.3) ? null : random.Pick(KeyNames),
                    AvailabilityZone = random.Pick(Zones),
                    VpcId = Vpcs[vpc],
                    SubnetId = FormattableString.Invariant($"subnet-{vpc}{random.Next(3):D7}"),
                    PrivateIpAddress = FormattableString.Invariant($"10.{vpc}.{n / 256}.{n % 256}"),
                    PublicIpAddress = publicIp,
                    Architecture = random.Chance(0.2) ? "arm64" : "x86_64",
                    Platform = random.Chance(0.15) ? "windows" : null,
                    InstanceLifecycle = random.Chance(0.2) ? "spot" : null,
                    Tenancy = random.Chance(0.1) ? "dedicated" : "default",
                    AmiLaunchIndex = k,
                    RootDeviceType = random.Chance(0.1) ? "instance-store" : "ebs",
                    IamInstanceProfileArn = random.Chance(0.3) ? FormattableString.Invariant($"arn:aws:iam::123456789012:instance-profile/role-{random.Next(3)}") : null,
                    LaunchTime = Epoch.AddHours(random.Next(2000)),
                    Tags = tags,
                }));
            }
        }

        return instances;
    }
}
