using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Specification;

/// <summary>
/// A fleet of 150 instances in 30 reservations with varied types, states, tenancy, networks, tags (some
/// instances have none) and launch times, for the EC2 specification.
/// </summary>
public static class Ec2FleetData
{
    private static readonly DateTimeOffset Epoch = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<IReadOnlyList<LocalEc2Instance>> Reservations { get; } = Build();

    private static List<IReadOnlyList<LocalEc2Instance>> Build()
    {
        string[] types = ["t3.micro", "t3.small", "m5.large", "c5.xlarge", "t3.micro"];
        string[] states = ["running", "running", "stopped", "terminated", "pending", "running"];
        string[] envs = ["prod", "dev", "staging"];
        var reservations = new List<IReadOnlyList<LocalEc2Instance>>();
        var n = 0;
        for (var r = 0; r < 30; r++)
        {
            var reservation = new List<LocalEc2Instance>();
            for (var k = 0; k < 5; k++, n++)
            {
                var tags = new Dictionary<string, string>(StringComparer.Ordinal);
                if (n % 7 != 0)
                {
                    tags["env"] = envs[n % 3];
                    tags["Name"] = n % 11 == 0 ? $"web*{n}" : $"{(n % 2 == 0 ? "web" : "worker")}-{n:D3}";
                }

                if (n % 4 == 0)
                {
                    tags["team"] = n % 8 == 0 ? "core" : "data";
                }

                reservation.Add(new LocalEc2Instance
                {
                    InstanceType = types[n % types.Length],
                    State = states[n % states.Length],
                    Tenancy = n % 10 == 0 ? "dedicated" : "default",
                    VpcId = $"vpc-{(char)('a' + (n % 3))}0000001",
                    SubnetId = $"subnet-{n % 6:D8}",
                    KeyName = n % 5 == 0 ? null : $"key-{n % 4}",
                    AvailabilityZone = n % 2 == 0 ? "us-east-1a" : "us-east-1b",
                    Architecture = n % 9 == 0 ? "arm64" : "x86_64",
                    Platform = n % 13 == 0 ? "windows" : null,
                    InstanceLifecycle = n % 6 == 0 ? "spot" : null,
                    AmiLaunchIndex = k,
                    PublicIpAddress = n % 3 == 0 ? $"54.0.{n / 256}.{n % 256}" : null,
                    ImageId = n % 2 == 0 ? "ami-00000000000000001" : "ami-00000000000000002",
                    LaunchTime = Epoch.AddHours(n * 17 % 900),
                    Tags = tags,
                });
            }

            reservations.Add(reservation);
        }

        return reservations;
    }
}
