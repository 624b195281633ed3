using AwsLinq.LocalAws;
using Xunit.Abstractions;

namespace AwsLinq.Tests.Reliability;

/// <summary><c>TerminateAllAsync</c> under a tenth of each kind of transient fault on DescribeInstances and TerminateInstances.</summary>
public sealed class Ec2BatchFaultTests(ITestOutputHelper output) : FaultSuite(output)
{
    [Theory]
    [MemberData(nameof(FaultSeeds.All), MemberType = typeof(FaultSeeds))]
    public async Task TerminateAllAsync_reports_every_instance_and_nothing_terminated_that_still_runs(int seed)
    {
        await using var server = await Start(seed, TransientFaults.On("ec2", "DescribeInstances", "TerminateInstances"));
        // 20,000 instances are 20 calls of 1,000 ids: enough that every seed's faults hit some of them (with 3 calls,
        // about one seed in seven hit none, and the run proved nothing).
        var ids = server.Ec2.Seed(Enumerable.Range(0, 2_000).Select(_ => (IReadOnlyList<LocalEc2Instance>)[.. Enumerable.Range(0, 10).Select(_ => new LocalEc2Instance())]));
        using var ec2 = server.CreateEc2Client();

        var result = await ec2.Instances().WithPageSize(500).WithListingPolicy(TransientFaults.Policy).TerminateAllAsync();

        var running = server.Ec2.Instances().Where(i => i.State != "terminated").Select(i => i.InstanceId!).ToHashSet(StringComparer.Ordinal);
        result.ShouldAccountFor(ids, running, seed);
        Report(server, "TerminateInstances", seed);
    }
}
