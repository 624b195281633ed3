using AwsLinq.LocalAws;
using Xunit.Abstractions;

namespace AwsLinq.Tests.Reliability;

/// <summary>
/// <c>DeleteAllAsync</c> on queues under a tenth of each kind of transient fault on ListQueues and DeleteQueue. A
/// connection dropped after SQS deleted a queue makes the SDK retry into NonExistentQueue: that queue is deleted.
/// </summary>
public sealed class SqsBatchFaultTests(ITestOutputHelper output) : FaultSuite(output)
{
    [Theory]
    [MemberData(nameof(FaultSeeds.All), MemberType = typeof(FaultSeeds))]
    public async Task DeleteAllAsync_reports_every_queue_and_nothing_deleted_that_still_exists(int seed)
    {
        await using var server = await Start(seed, TransientFaults.On("sqs", "ListQueues", "DeleteQueue"));
        var urls = server.Sqs.SeedQueues(Enumerable.Range(0, 500).Select(i => $"q-{i:D4}"));
        using var sqs = server.CreateSqsClient();

        var result = await sqs.Queues().WithPageSize(100).WithListingPolicy(TransientFaults.Policy).DeleteAllAsync();

        var left = server.Sqs.QueueUrls().ToHashSet(StringComparer.Ordinal);
        result.ShouldAccountFor(urls, left, seed);
        result.Failed.Should().NotContain(f => f.ErrorCode == "AWS.SimpleQueueService.NonExistentQueue" || f.ErrorCode == "QueueDoesNotExist");
        Report(server, "DeleteQueue", seed);
    }
}
