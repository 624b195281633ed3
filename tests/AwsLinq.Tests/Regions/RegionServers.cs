using Amazon.EC2;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Regions;

/// <summary>
/// One LocalAws server per region (LocalAws serves one region per server), each with its own instances and queues,
/// and the clients of all of them as AwsLinq's regional client sets.
/// </summary>
public sealed class RegionServers : IAsyncLifetime
{
    public static readonly string[] Names = ["us-east-1", "eu-west-1", "ap-southeast-2"];

    private readonly LocalAwsOptions? _options;

    public RegionServers()
        : this(null)
    {
    }

    private RegionServers(LocalAwsOptions? options) => _options = options;

    public Dictionary<string, LocalAwsServer> Servers { get; } = [];

    public RegionalClients<AmazonEC2Client> Ec2 { get; private set; } = null!;

    /// <summary>Servers with the same instances and options (a latency, a shared clock), started by the caller.</summary>
    public static async Task<RegionServers> StartAsync(LocalAwsOptions options)
    {
        var servers = new RegionServers(options);
        await servers.InitializeAsync();
        return servers;
    }

    public async Task InitializeAsync()
    {
        for (var r = 0; r < Names.Length; r++)
        {
            var name = Names[r];
            var server = await LocalAwsServer.StartAsync(_options is null ? new LocalAwsOptions { Region = name } : CopyFor(_options, name));
            Servers[name] = server;

            // 12, 3 and 7 instances: a region of several pages, and regions of different sizes.
            var count = new[] { 12, 3, 7 }[r];
            server.Ec2.Seed([[.. Enumerable.Range(0, count).Select(k => new LocalEc2Instance
            {
                InstanceType = k % 3 == 0 ? "m5.large" : "t3.micro",
                State = k % 4 == 3 ? "stopped" : "running",
                Tags = new Dictionary<string, string> { ["env"] = k % 2 == 0 ? "prod" : "dev", ["Name"] = $"{name}-{k}" },
            })]]);
            server.Sqs.SeedQueues(Enumerable.Range(0, r + 2).Select(k => $"{(k % 2 == 0 ? "orders" : "audit")}-{name}-{k}"));
            server.Ec2.Vpcs.Seed([new LocalEc2Vpc { IsDefault = true }, new LocalEc2Vpc { CidrBlock = $"10.{r + 1}.0.0/16" }]);
            server.S3.CreateBucket($"data-{name}", name);
        }

        Ec2 = AwsRegions.For(Names, region => Servers[region].CreateEc2Client(c => c.MaxErrorRetry = 0));
    }

    public async Task DisposeAsync()
    {
        Ec2.Dispose();
        foreach (var server in Servers.Values)
        {
            await server.DisposeAsync();
        }
    }

    public IReadOnlyList<ServedRequest> Requests(string region, string service, string operation) => Servers[region].Requests.For(service, operation);

    public void ClearRequests()
    {
        foreach (var server in Servers.Values)
        {
            server.Requests.Clear();
        }
    }

    private static LocalAwsOptions CopyFor(LocalAwsOptions options, string region) => new()
    {
        Region = region,
        TimeProvider = options.TimeProvider,
        Latency = options.Latency,
        Faults = options.Faults,
    };
}
