using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using Xunit.Abstractions;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// Seeded random instance queries on LocalAws against LINQ-to-Objects over the complete listing. A mismatch
/// fails with the seed and a shrunk query and fleet.
/// </summary>
public sealed class Ec2InstanceDifferentialTests(ITestOutputHelper output)
{
    private const int Instances = 500;
    private const int Queries = 600;

    [Fact]
    public async Task Random_instance_queries_return_what_linq_to_objects_returns()
    {
        var seed = DifferentialSettings.Seed;

        static async Task<DifferentialBackend<Instance>> BackendFor(IReadOnlyList<(int Reservation, LocalEc2Instance Instance)> instances)
        {
            var server = await LocalAwsServer.StartAsync();
            server.Ec2.Seed(instances.GroupBy(x => x.Reservation).Select(g => (IReadOnlyList<LocalEc2Instance>)g.Select(x => x.Instance).ToList()));
            var client = server.CreateEc2Client();
            var listing = await Specification.Ec2FleetBackend.CompleteListingAsync(client);
            return new(() => client.Instances(), listing, async () =>
            {
                client.Dispose();
                await server.DisposeAsync();
            });
        }

        var campaign = new DifferentialCampaign<Instance, (int, LocalEc2Instance)>("EC2 instances", new Ec2InstanceGrammar(), BackendFor, x => x.Item2.ToString());
        var failure = await campaign.RunAsync(Ec2InstanceData.Instances(new Random(seed), Instances), seed, DifferentialSettings.Queries(Queries), output.WriteLine);

        Assert.True(failure is null, failure);
    }
}
