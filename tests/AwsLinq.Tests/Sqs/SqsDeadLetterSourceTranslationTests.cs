using Amazon.SQS;
using Amazon.SQS.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Sqs;

/// <summary>
/// Each rule of <c>sqs.DeadLetterSourceQueues(url)</c>, asserted on the ListDeadLetterSourceQueues, GetQueueAttributes
/// and ListQueueTags requests served, and its batch actions on the queues and messages left afterwards.
/// </summary>
public sealed class SqsDeadLetterSourceTranslationTests : IAsyncLifetime
{
    private LocalAwsServer _server = null!;
    private AmazonSQSClient _sqs = null!;
    private string _dlq = null!;
    private IReadOnlyList<string> _sources = [];

    public async Task InitializeAsync()
    {
        _server = await LocalAwsServer.StartAsync();
        _sqs = _server.CreateSqsClient();
        _dlq = _server.Sqs.CreateQueue("orders-dlq");
        _server.Sqs.CreateQueue("other-dlq");
        _sources = new[] { "orders-eu", "orders-us", "payments", "refunds", "returns" }.Select(name => Source(name, "orders-dlq")).ToList();
        Source("billing", "other-dlq");
        _server.Sqs.CreateQueue("unrelated", tags: new Dictionary<string, string> { ["team"] = "core" });
        _server.Sqs.SendMessages("orders-us", 3);
        _server.Sqs.SendMessages("refunds", 1);
        _server.Requests.Clear();
    }

    public async Task DisposeAsync()
    {
        _sqs.Dispose();
        await _server.DisposeAsync();
    }

    private string Source(string name, string deadLetterQueue) =>
        _server.Sqs.CreateQueue(name, new Dictionary<string, string>
        {
            ["RedrivePolicy"] = $$"""{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:{{deadLetterQueue}}","maxReceiveCount":"4"}""",
        });

    private IReadOnlyList<ServedRequest> Listings => _server.Requests.For("sqs", "ListDeadLetterSourceQueues");

    private IReadOnlyList<ServedRequest> Calls(string operation) => _server.Requests.For("sqs", operation);

    [Fact]
    public async Task The_listing_sends_the_queue_and_always_MaxResults_and_makes_no_other_call_for_names()
    {
        var names = await _sqs.DeadLetterSourceQueues(_dlq).Select(q => q.Name).ToListAsync();

        names.Should().Equal("orders-eu", "orders-us", "payments", "refunds", "returns");
        Listings.Should().ContainSingle().Which.Parameters.Should().Equal(new Dictionary<string, string>
        {
            ["QueueUrl"] = _dlq,
            ["MaxResults"] = "1000",
        });
        _server.Requests.Snapshot().Should().HaveCount(1);
    }

    [Fact]
    public async Task A_name_prefix_runs_in_memory_because_the_operation_has_no_filter()
    {
        var orders = await _sqs.DeadLetterSourceQueues(_dlq).Where(q => q.Name.StartsWith("orders-")).Select(q => q.Url).ToListAsync();

        orders.Should().Equal(_sources[0], _sources[1]);
        Listings.Single().Parameter("QueueNamePrefix").Should().BeNull();
    }

    [Fact]
    public async Task Take_shrinks_MaxResults_and_WithPageSize_pages_with_tokens()
    {
        var firstTwo = await _sqs.DeadLetterSourceQueues(_dlq).Take(2).Select(q => q.Name).ToListAsync();
        var takeRequest = Listings.Single();
        _server.Requests.Clear();

        var paged = await _sqs.DeadLetterSourceQueues(_dlq).WithPageSize(2).Select(q => q.Name).ToListAsync();

        firstTwo.Should().Equal("orders-eu", "orders-us");
        takeRequest.Parameter("MaxResults").Should().Be("2");
        paged.Should().HaveCount(5);
        Listings.Select(r => (r.Parameter("MaxResults"), r.Parameter("NextToken") is null)).Should().Equal(("2", true), ("2", false), ("2", false));
    }

    [Fact]
    public async Task Attributes_are_read_only_for_the_sources_that_pass_the_other_predicates_and_only_those_read()
    {
        var busy = await _sqs.DeadLetterSourceQueues(_dlq)
            .Where(q => q.Name.StartsWith("re") && q.ApproximateNumberOfMessages > 0)
            .Select(q => q.Name)
            .ToListAsync();

        busy.Should().Equal("refunds");
        Calls("GetQueueAttributes").Select(r => (r.Parameter("QueueUrl")!.Split('/')[^1], r.Parameter("AttributeNames")))
            .Should().BeEquivalentTo(new[] { ("refunds", "ApproximateNumberOfMessages"), ("returns", "ApproximateNumberOfMessages") });
        Calls("ListQueueTags").Should().BeEmpty();
    }

    [Fact]
    public async Task Tags_are_read_per_source_only_when_the_query_reads_them()
    {
        var tagged = await _sqs.DeadLetterSourceQueues(_dlq).Where(q => q.Tags!.ContainsKey("team")).ToListAsync();

        tagged.Should().BeEmpty("the only tagged queue is no source");
        Calls("ListQueueTags").Should().HaveCount(5);
        Calls("GetQueueAttributes").Should().BeEmpty();
    }

    [Fact]
    public void Explain_shows_the_listing_the_in_memory_predicates_and_the_follow_up_calls()
    {
        var plan = _sqs.DeadLetterSourceQueues(_dlq).Where(q => q.Name.StartsWith("orders") && q.VisibilityTimeout > 30).Explain();

        plan.ToString().Should().Be(
            $"""
            SQS ListDeadLetterSourceQueues of queue 'orders-dlq'
              request: ListDeadLetterSourceQueues QueueUrl={_dlq}, MaxResults=1000
              in memory: where q => q.Name.StartsWith("orders") (before the follow-up calls); where q => q.VisibilityTimeout > 30
              stops: after the last page
              follow-up calls: GetQueueAttributes (VisibilityTimeout) per queue, at most 8 at once
            """.ReplaceLineEndings());
        _server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task ServerSideOnly_refuses_a_name_prefix_the_operation_cannot_send()
    {
        var act = () => _sqs.DeadLetterSourceQueues(_dlq).ServerSideOnly().Where(q => q.Name.StartsWith("orders")).ToListAsync();

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Be(
            "The LINQ expression 'q => q.Name.StartsWith(\"orders\")' could not be translated into SQS ListDeadLetterSourceQueues request parameters, and ServerSideOnly() forbids evaluating it in memory. " +
            "Either rewrite the query in a form the service can filter, or remove ServerSideOnly() to evaluate it in memory over the listing.");
        _server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task A_dead_letter_queue_that_does_not_exist_fails_with_the_SQS_error()
    {
        var act = () => _sqs.DeadLetterSourceQueues($"{_server.ServiceUrl}000000000000/missing").ToListAsync();

        await act.Should().ThrowAsync<QueueDoesNotExistException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void A_page_size_out_of_range_states_the_range(int pageSize)
    {
        var act = () => _sqs.DeadLetterSourceQueues(_dlq).WithPageSize(pageSize);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"The page size {pageSize} is out of range for SQS ListDeadLetterSourceQueues: MaxResults must be between 1 and 1000.*");
    }

    [Fact]
    public void The_entry_point_checks_its_arguments()
    {
        var noClient = () => ((IAmazonSQS)null!).DeadLetterSourceQueues(_dlq);
        var noUrl = () => _sqs.DeadLetterSourceQueues(null!);
        var blankUrl = () => _sqs.DeadLetterSourceQueues(" ");

        noClient.Should().Throw<ArgumentNullException>().WithParameterName("sqs");
        noUrl.Should().Throw<ArgumentNullException>().WithParameterName("deadLetterQueueUrl");
        blankUrl.Should().Throw<ArgumentException>().WithParameterName("deadLetterQueueUrl");
    }

    [Fact]
    public async Task PurgeAllAsync_empties_the_selected_sources_and_nothing_else()
    {
        var result = await _sqs.DeadLetterSourceQueues(_dlq).Where(q => q.ApproximateNumberOfMessages > 0).PurgeAllAsync();

        Calls("PurgeQueue").Select(c => c.Parameter("QueueUrl")).Should().BeEquivalentTo([_sources[1], _sources[3]]);
        result.ToString().Should().Be("PurgeQueue: 2 selected, 2 succeeded, 0 failed in 2 calls");
        var left = await _sqs.GetQueueAttributesAsync(_sources[1], ["ApproximateNumberOfMessages"]);
        left.ApproximateNumberOfMessages.Should().Be(0);
    }

    [Fact]
    public async Task DeleteAllAsync_deletes_the_sources_and_keeps_the_dead_letter_queue()
    {
        var dryRun = await _sqs.DeadLetterSourceQueues(_dlq).Where(q => q.Name.StartsWith("orders-")).DeleteAllAsync(new BatchOptions { DryRun = true });
        var afterDryRun = _server.Sqs.QueueUrls().Count;

        var result = await _sqs.DeadLetterSourceQueues(_dlq).Where(q => q.Name.StartsWith("orders-")).DeleteAllAsync();

        (dryRun.DryRun, dryRun.Selected, dryRun.Calls).Should().Be((true, 2, 0));
        afterDryRun.Should().Be(9);
        result.Succeeded.Should().BeEquivalentTo([_sources[0], _sources[1]]);
        _server.Sqs.QueueUrls().Should().Contain(_dlq).And.NotContain(_sources[0]).And.NotContain(_sources[1]).And.HaveCount(7);
    }

    [Fact]
    public void Explain_of_an_action_on_the_sources_shows_the_listing_and_the_calls()
    {
        var plan = _sqs.DeadLetterSourceQueues(_dlq).Explain(q => q.PurgeAllAsync(null, default));

        plan.ToString().Should().Be(
            $"""
            SQS ListDeadLetterSourceQueues of queue 'orders-dlq'
              request: ListDeadLetterSourceQueues QueueUrl={_dlq}, MaxResults=1000
              in memory: nothing
              stops: after the last page
              follow-up calls: none
              action: PurgeQueue per queue, at most 8 at once
            """.ReplaceLineEndings());
    }
}
