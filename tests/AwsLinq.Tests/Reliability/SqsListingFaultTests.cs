using AwsLinq.LocalAws;
using Xunit.Abstractions;

namespace AwsLinq.Tests.Reliability;

/// <summary>2,500 SQS queues under faults of ListQueues and GetQueueAttributes.</summary>
public sealed class SqsListingFaultTests(ITestOutputHelper output) : FaultSuite(output)
{
    [Theory]
    [MemberData(nameof(FaultSeeds.All), MemberType = typeof(FaultSeeds))]
    public async Task SQS_lists_2500_queues_completely_and_reads_attributes_through_faults(int seed)
    {
        await using var server = await Start(seed, TransientFaults.On("sqs", "ListQueues", "GetQueueAttributes"));
        var urls = server.Sqs.SeedQueues(Enumerable.Range(0, 2500).Select(i => $"q-{i:D4}"));
        using var sqs = server.CreateSqsClient();

        var listed = await sqs.Queues().WithPageSize(100).WithListingPolicy(TransientFaults.Policy).Select(q => q.Url).ToListAsync();
        var arns = await sqs.Queues().Where(q => q.Name.StartsWith("q-00")).WithListingPolicy(TransientFaults.Policy).Select(q => q.Arn).ToListAsync();

        listed.Order(StringComparer.Ordinal).Should().Equal(urls.Order(StringComparer.Ordinal), $"every queue exactly once (seed {seed})");
        arns.Should().HaveCount(100).And.OnlyContain(arn => arn != null && arn.StartsWith("arn:aws:sqs:", StringComparison.Ordinal));
        Report(server, "ListQueues", seed);
    }
}
