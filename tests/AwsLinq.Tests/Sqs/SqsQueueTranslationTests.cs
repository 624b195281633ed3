using Amazon.SQS;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Sqs;

/// <summary>Each queue translation rule, asserted on the ListQueues and GetQueueAttributes requests served.</summary>
public sealed class SqsQueueTranslationTests : IAsyncLifetime
{
    private LocalAwsServer _server = null!;
    private AmazonSQSClient _sqs = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalAwsServer.StartAsync();
        _sqs = _server.CreateSqsClient();
        foreach (var name in new[] { "alpha-1", "alpha-2", "alpha-3", "beta-1", "beta-2" })
        {
            _server.Sqs.CreateQueue(name);
        }

        _server.Sqs.SendMessages("alpha-2", 3);
        _server.Sqs.SendMessages("beta-1", 1);
        _server.Requests.Clear();
    }

    public async Task DisposeAsync()
    {
        _sqs.Dispose();
        await _server.DisposeAsync();
    }

    private IReadOnlyList<ServedRequest> Listings => _server.Requests.For("sqs", "ListQueues");

    private IReadOnlyList<ServedRequest> AttributeCalls => _server.Requests.For("sqs", "GetQueueAttributes");

    [Fact]
    public async Task MaxResults_is_always_sent_and_a_name_query_makes_no_other_call()
    {
        var names = await _sqs.Queues().Select(q => q.Name).ToListAsync();

        names.Should().Equal("alpha-1", "alpha-2", "alpha-3", "beta-1", "beta-2");
        Listings.Should().ContainSingle().Which.Parameter("MaxResults").Should().Be("1000");
        _server.Requests.Snapshot().Should().HaveCount(1);
    }

    [Fact]
    public async Task StartsWith_becomes_QueueNamePrefix_and_Take_shrinks_MaxResults()
    {
        var queues = await _sqs.Queues().Where(q => q.Name.StartsWith("alpha-")).Take(2).ToListAsync();

        queues.Select(q => q.Name).Should().Equal("alpha-1", "alpha-2");
        var request = Listings.Should().ContainSingle().Subject;
        request.Parameter("QueueNamePrefix").Should().Be("alpha-");
        request.Parameter("MaxResults").Should().Be("2");
    }

    [Fact]
    public async Task Attributes_are_read_only_for_queues_that_pass_the_other_predicates_and_only_those_read()
    {
        var busy = await _sqs.Queues().Where(q => q.Name.EndsWith("-2") && q.ApproximateNumberOfMessages > 0).Select(q => q.Name).ToListAsync();

        busy.Should().Equal("alpha-2");
        AttributeCalls.Select(r => (r.Parameter("QueueUrl")!.Split('/')[^1], r.Parameter("AttributeNames")))
            .Should().BeEquivalentTo(new[] { ("alpha-2", "ApproximateNumberOfMessages"), ("beta-2", "ApproximateNumberOfMessages") });
        _server.Requests.For("sqs", "ListQueueTags").Should().BeEmpty();
    }

    [Fact]
    public async Task Tags_are_read_only_when_the_query_reads_them()
    {
        _server.Sqs.CreateQueue("tagged", tags: new Dictionary<string, string> { ["team"] = "core" });
        _server.Requests.Clear();

        var tagged = await _sqs.Queues().Where(q => q.Tags!.ContainsKey("team")).Select(q => q.Name).ToListAsync();

        tagged.Should().Equal("tagged");
        _server.Requests.For("sqs", "ListQueueTags").Should().HaveCount(6);
        AttributeCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_queue_deleted_between_listing_and_attribute_call_is_left_out()
    {
        var query = _sqs.Queues(new SqsQueryOptions { MaxConcurrency = 1 }).WithPageSize(2).Select(q => new { q.Name, q.VisibilityTimeout });
        var names = new List<string>();

        await foreach (var queue in query.AsAsyncEnumerable())
        {
            names.Add(queue.Name);
            if (queue.Name == "alpha-1")
            {
                _server.Sqs.DeleteQueue("alpha-2");
            }
        }

        names.Should().Equal("alpha-1", "alpha-3", "beta-1", "beta-2");
    }

    [Fact]
    public async Task Explain_shows_the_follow_up_calls()
    {
        var plan = _sqs.Queues().Where(q => q.Name.StartsWith("alpha") && q.ApproximateNumberOfMessages > 1).Explain();

        plan.ToString().Should().Be(
            """
            SQS ListQueues
              request: ListQueues QueueNamePrefix=alpha, MaxResults=1000
              in memory: where q => q.ApproximateNumberOfMessages > 1
              stops: after the last page
              follow-up calls: GetQueueAttributes (ApproximateNumberOfMessages) per queue, at most 8 at once
            """.ReplaceLineEndings());
        _server.Requests.Snapshot().Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void A_page_size_out_of_range_states_the_range(int pageSize)
    {
        var act = () => _sqs.Queues().WithPageSize(pageSize);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"The page size {pageSize} is out of range for SQS ListQueues: MaxResults must be between 1 and 1000.*");
    }
}
