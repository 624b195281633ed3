using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Tests.Specification;

/// <summary>
/// The queue specification's queries over <c>sqs.DeadLetterSourceQueues(url)</c>, with pages of seven queues and
/// attribute calls two at a time, must return what LINQ-to-Objects returns over the complete listing of the sources.
/// The spec's queues redrive to a standard or a FIFO dead-letter queue, as their type requires, except every sixth.
/// </summary>
public abstract class DeadLetterSourceSpecificationTests(SqsSpecBackend backend)
{
    public static IEnumerable<object[]> Cases => SqsQueueQueries.Cases();

    [Fact]
    public void Listing_holds_every_standard_queue_that_redrives_to_the_dead_letter_queue()
    {
        backend.Listing.Should().HaveCount(46).And.OnlyContain(q => !q.IsFifo && q.RedrivePolicy!.Contains(":spec-dlq\"", StringComparison.Ordinal));
    }

    protected async Task AssertMatchesOracle(string name, bool async)
    {
        var query = SqsQueueQueries.Named(name);
        var expected = await query.Run(OracleQueryable.Over(backend.Listing), false);

        var actual = await query.Run(backend.Client.DeadLetterSourceQueues(backend.DeadLetterQueueUrl!, new SqsQueryOptions { MaxConcurrency = 2 }).WithPageSize(7), async);

        actual.Should().Equal(expected);
    }
}

/// <summary>Creates the dead-letter queues, seeds the spec's queues redriving to them, and lists the standard one's sources.</summary>
public static class DeadLetterSpecData
{
    public const string Name = "spec-dlq";

    /// <summary>Seeds the queues, tells the standard dead-letter queue's URL, and returns its sources' complete listing.</summary>
    public static async Task<IReadOnlyList<SqsQueue>> SeedAsync(IAmazonSQS sqs, Action<string> deadLetterQueue)
    {
        var standard = (await sqs.CreateQueueAsync(Name)).QueueUrl;
        deadLetterQueue(standard);
        var fifo = (await sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = Name + ".fifo",
            Attributes = new Dictionary<string, string> { ["FifoQueue"] = "true" },
        })).QueueUrl;
        var standardArn = await ArnAsync(sqs, standard);
        var fifoArn = await ArnAsync(sqs, fifo);
        await SqsSpecData.SeedAsync(sqs, (i, isFifo) => i % 6 == 5 ? null : Policy(isFifo ? fifoArn : standardArn, 1 + (i % 5)));

        var urls = new List<string>();
        var request = new ListDeadLetterSourceQueuesRequest { QueueUrl = standard, MaxResults = 1000 };
        do
        {
            var response = await sqs.ListDeadLetterSourceQueuesAsync(request);
            urls.AddRange(response.QueueUrls ?? []);
            request.NextToken = response.NextToken;
        }
        while (request.NextToken is not null);

        return await SqsSpecData.DetailsAsync(sqs, urls);
    }

    private static async Task<string> ArnAsync(IAmazonSQS sqs, string url) =>
        (await sqs.GetQueueAttributesAsync(url, ["QueueArn"])).QueueARN;

    private static string Policy(string arn, int maxReceiveCount) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"deadLetterTargetArn":"{{arn}}","maxReceiveCount":"{{maxReceiveCount}}"}""");
}

public sealed class LocalDeadLetterSpecBackend : LocalSqsSpecBackend
{
    protected override Task<IReadOnlyList<SqsQueue>> SeedAsync(IAmazonSQS sqs) => DeadLetterSpecData.SeedAsync(sqs, url => DeadLetterQueueUrl = url);
}

public sealed class EmulatorDeadLetterSpecBackend<TEmulator> : EmulatorSqsSpecBackend<TEmulator>
    where TEmulator : Infrastructure.ISqsEmulator, new()
{
    protected override Task<IReadOnlyList<SqsQueue>> SeedAsync(IAmazonSQS sqs) => DeadLetterSpecData.SeedAsync(sqs, url => DeadLetterQueueUrl = url);
}

public sealed class LocalDeadLetterSourceSpecificationTests(LocalDeadLetterSpecBackend backend)
    : DeadLetterSourceSpecificationTests(backend), IClassFixture<LocalDeadLetterSpecBackend>
{
    [Theory]
    [MemberData(nameof(Cases))]
    public Task Query_returns_what_linq_to_objects_returns(string name, bool async) => AssertMatchesOracle(name, async);
}

public sealed class LocalAwsSqsDeadLetterSourceSpecificationTests(EmulatorDeadLetterSpecBackend<Infrastructure.LocalAwsSqsServer> backend)
    : DeadLetterSourceSpecificationTests(backend), IClassFixture<EmulatorDeadLetterSpecBackend<Infrastructure.LocalAwsSqsServer>>
{
    // Without the query local-aws-sqs answers with an empty body (see LocalAwsSqsQueueSpecificationTests).
    [Theory]
    [MemberData(nameof(LocalAwsSqsQueueSpecificationTests.EmulatorCases), MemberType = typeof(LocalAwsSqsQueueSpecificationTests))]
    public Task Query_returns_what_linq_to_objects_returns(string name, bool async) => AssertMatchesOracle(name, async);
}
