using AwsLinq.LocalAws;
using AwsLinq.Tests.Specification;
using Xunit.Abstractions;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// Seeded random queue queries on LocalAws against LINQ-to-Objects over the complete listing (every attribute
/// and tag). A mismatch fails with the seed and a shrunk query and set of queues.
/// </summary>
public sealed class SqsQueueDifferentialTests(ITestOutputHelper output)
{
    private const int Queues = 150;
    private const int Queries = 400;

    [Fact]
    public async Task Random_queue_queries_return_what_linq_to_objects_returns()
    {
        var seed = DifferentialSettings.Seed;

        static async Task<DifferentialBackend<SqsQueue>> BackendFor(IReadOnlyList<SqsQueueSeed> queues)
        {
            var server = await LocalAwsServer.StartAsync();
            foreach (var queue in queues)
            {
                server.Sqs.CreateQueue(queue.Name, queue.Attributes, queue.Tags);
                server.Sqs.SendMessages(queue.Name, queue.Messages);
            }

            var client = server.CreateSqsClient();
            var listing = await SqsSpecData.CompleteListingAsync(client);
            return new(() => client.Queues(new SqsQueryOptions { MaxConcurrency = 4 }), listing, async () =>
            {
                client.Dispose();
                await server.DisposeAsync();
            });
        }

        var campaign = new DifferentialCampaign<SqsQueue, SqsQueueSeed>("SQS queues", new SqsQueueGrammar(), BackendFor, q => q.ToString());
        var failure = await campaign.RunAsync(SqsQueueData.Queues(new Random(seed), Queues), seed, DifferentialSettings.Queries(Queries), output.WriteLine);

        Assert.True(failure is null, failure);
    }
}
