using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Demo;

/// <summary>A small fleet for the EC2 examples: mixed types, tenancy, states and tags, the same on every run.</summary>
internal static class Ec2DemoData
{
    public static IReadOnlyList<string> Seed(LocalEc2 ec2)
    {
        string[] types = ["t3.micro", "m5.large", "t3.micro", "c5.xlarge"];
        var reservations = Enumerable.Range(0, 12).Select(r => (IReadOnlyList<LocalEc2Instance>)Enumerable.Range(0, 4).Select(k =>
        {
            var n = (r * 4) + k;
            return new LocalEc2Instance
            {
                InstanceId = $"i-{n + 1:x17}",
                InstanceType = types[n % types.Length],
                Tenancy = n % 3 == 0 ? "dedicated" : "default",
                State = n % 5 == 4 ? "stopped" : "running",
                LaunchTime = DemoData.Now.AddDays(-n),
                Tags = new Dictionary<string, string> { ["env"] = n % 2 == 0 ? "prod" : "dev", ["Name"] = $"{(n % 4 < 2 ? "web" : "batch")}-{n:D2}" },
            };
        }).ToList());
        return ec2.Seed(reservations);
    }
}
