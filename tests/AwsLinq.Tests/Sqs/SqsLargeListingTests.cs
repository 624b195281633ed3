using Amazon.SQS;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Sqs;

/// <summary>
/// 2,500 queues come back complete on every backend: SQS returns at most 1000 queues and no token when
/// MaxResults is missing, which is how boto3, the AWS CLI and Terraform lost queues.
/// </summary>
public abstract class SqsLargeListingTests
{
    protected const int QueueCount = 2500;

    protected static async Task CreateQueuesAsync(IAmazonSQS sqs)
    {
        foreach (var batch in Enumerable.Range(0, QueueCount).Chunk(50))
        {
            await Task.WhenAll(batch.Select(i => sqs.CreateQueueAsync($"bulk-{i:D4}")));
        }
    }

    protected static async Task ListAllOnAsync(ISqsEmulator emulator)
    {
        await emulator.InitializeAsync();
        try
        {
            using var sqs = emulator.CreateSqsClient();
            await CreateQueuesAsync(sqs);

            await AssertCompleteAsync(sqs);
        }
        finally
        {
            await emulator.DisposeAsync();
        }
    }

    protected static async Task AssertCompleteAsync(IAmazonSQS sqs)
    {
        var names = await sqs.Queues().Where(q => q.Name.StartsWith("bulk-")).Select(q => q.Name).ToListAsync();

        names.Should().HaveCount(QueueCount).And.OnlyHaveUniqueItems();
        names.Order(StringComparer.Ordinal).Should().Equal(Enumerable.Range(0, QueueCount).Select(i => $"bulk-{i:D4}"));
    }
}

public sealed class LocalSqsLargeListingTests : SqsLargeListingTests
{
    [Fact]
    public async Task All_2500_queues_are_listed_in_three_pages_of_MaxResults_1000()
    {
        await using var server = await LocalAwsServer.StartAsync();
        using var sqs = server.CreateSqsClient();
        await CreateQueuesAsync(sqs);
        server.Requests.Clear();

        await AssertCompleteAsync(sqs);

        server.Requests.For("sqs", "ListQueues").Select(r => (r.Parameter("MaxResults"), r.Parameter("NextToken") is null))
            .Should().Equal(("1000", true), ("1000", false), ("1000", false));
    }
}

public sealed class FauxqsSqsLargeListingTests : SqsLargeListingTests
{
    [Fact]
    public Task All_2500_queues_are_listed() => ListAllOnAsync(new FauxqsServer());
}

public sealed class LocalAwsSqsLargeListingTests : SqsLargeListingTests
{
    [Fact]
    public Task All_2500_queues_are_listed() => ListAllOnAsync(new LocalAwsSqsServer());
}
