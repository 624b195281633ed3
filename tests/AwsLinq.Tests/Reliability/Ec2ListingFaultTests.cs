using AwsLinq.LocalAws;
using Xunit.Abstractions;

namespace AwsLinq.Tests.Reliability;

/// <summary>3,000 EC2 instances under faults of DescribeInstances.</summary>
public sealed class Ec2ListingFaultTests(ITestOutputHelper output) : FaultSuite(output)
{
    [Theory]
    [MemberData(nameof(FaultSeeds.All), MemberType = typeof(FaultSeeds))]
    public async Task EC2_lists_3000_instances_completely(int seed)
    {
        await using var server = await Start(seed, TransientFaults.On("ec2", "DescribeInstances"));
        var ids = server.Ec2.Seed(Enumerable.Range(0, 300).Select(_ => (IReadOnlyList<LocalEc2Instance>)[.. Enumerable.Range(0, 10).Select(_ => new LocalEc2Instance())]));
        using var ec2 = server.CreateEc2Client();

        var listed = await ec2.Instances().WithPageSize(100).WithListingPolicy(TransientFaults.Policy).Select(i => i.InstanceId).ToListAsync();

        listed.Should().Equal(ids, $"seed {seed}");
        Report(server, "DescribeInstances", seed);
    }
}
