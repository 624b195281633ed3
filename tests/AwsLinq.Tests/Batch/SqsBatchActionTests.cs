using Amazon.SQS;
using Amazon.SQS.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Batch;

/// <summary>
/// The queue actions through the SDK against LocalAws: one call per queue, the queues and messages left afterwards,
/// and the result's tally.
/// </summary>
public sealed class SqsBatchActionTests : IAsyncLifetime
{
    private LocalAwsServer _server = null!;
    private AmazonSQSClient _sqs = null!;
    private IReadOnlyList<string> _batch = [];
    private IReadOnlyList<string> _kept = [];

    public async Task InitializeAsync()
    {
        _server = await LocalAwsServer.StartAsync();
        _sqs = _server.CreateSqsClient();
        _batch = _server.Sqs.SeedQueues(Enumerable.Range(0, 12).Select(i => $"batch-{i:D2}"));
        _kept = _server.Sqs.SeedQueues(["keep-1", "keep-2"]);
        foreach (var i in new[] { 0, 3, 7 })
        {
            _server.Sqs.SendMessages($"batch-{i:D2}", 5);
        }

        _server.Sqs.SendMessages("keep-1", 2);
        _server.Requests.Clear();
    }

    public async Task DisposeAsync()
    {
        _sqs.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task DeleteAllAsync_sends_one_DeleteQueue_per_selected_queue()
    {
        var result = await _sqs.Queues().Where(q => q.Name.StartsWith("batch-")).DeleteAllAsync();

        Calls("DeleteQueue").Select(c => c.Parameter("QueueUrl")).Should().BeEquivalentTo(_batch);
        Calls("DeleteQueue").Should().OnlyContain(c => c.StatusCode == 200);
        _server.Sqs.QueueUrls().Should().Equal(_kept);
        result.Succeeded.Should().BeEquivalentTo(_batch, "per-item calls finish in any order");
        (result.Action, result.DryRun, result.Selected, result.Calls, result.AllSucceeded).Should().Be(("DeleteQueue", false, 12, 12, true));
        result.ToString().Should().Be("DeleteQueue: 12 selected, 12 succeeded, 0 failed in 12 calls");
    }

    [Fact]
    public async Task PurgeAllAsync_empties_the_selected_queues_and_keeps_them()
    {
        var result = await _sqs.Queues().Where(q => q.Name.StartsWith("batch-") && q.ApproximateNumberOfMessages > 0).PurgeAllAsync();

        Calls("PurgeQueue").Select(c => c.Parameter("QueueUrl")).Should().BeEquivalentTo([_batch[0], _batch[3], _batch[7]]);
        _server.Sqs.QueueUrls().Should().HaveCount(14);
        (await Backlogs()).Should().Equal(_batch.Select(_ => 0L).Concat([2L, 0L]));
        result.ToString().Should().Be("PurgeQueue: 3 selected, 3 succeeded, 0 failed in 3 calls");
    }

    [Fact]
    public async Task A_queue_purged_within_60_seconds_fails_with_PurgeQueueInProgress_and_the_others_are_purged()
    {
        await _sqs.PurgeQueueAsync(_batch[3]);
        _server.Sqs.SendMessages("batch-03", 4);
        _server.Requests.Clear();

        var result = await _sqs.Queues().Where(q => q.Name.StartsWith("batch-")).PurgeAllAsync();

        Calls("PurgeQueue").Should().HaveCount(12);
        var failure = result.Failed.Should().ContainSingle().Subject;
        failure.Should().Be(new BatchFailure(_batch[3], "AWS.SimpleQueueService.PurgeQueueInProgress", "Only one PurgeQueue operation on batch-03 is allowed every 60 seconds."));
        result.Succeeded.Should().BeEquivalentTo(_batch.Where(url => url != _batch[3]));
        (result.Selected, result.Calls, result.AllSucceeded).Should().Be((12, 12, false));
        (await Backlogs())[3].Should().Be(4L, "the refused purge left batch-03's new messages");
    }

    [Fact]
    public async Task A_queue_deleted_after_the_listing_counts_as_deleted()
    {
        var query = _sqs.Queues(new SqsQueryOptions { MaxConcurrency = 1 }).Where(q => q.Name.StartsWith("batch-") && DeleteBehindTheClientsBack(q.Name));

        var result = await query.DeleteAllAsync();

        result.Failed.Should().BeEmpty("a queue that no longer exists is what DeleteQueue leaves, as S3 counts a missing key as deleted");
        result.Succeeded.Should().Equal(_batch, "with one call at a time they finish in listing order");
        Calls("DeleteQueue").Should().HaveCount(12);
        _server.Sqs.QueueUrls().Should().Equal(_kept);
    }

    [Fact]
    public async Task A_dry_run_sends_no_call_and_lists_what_would_go()
    {
        var delete = await _sqs.Queues().Where(q => q.Name.StartsWith("batch-")).DeleteAllAsync(new BatchOptions { DryRun = true });
        var purge = await _sqs.Queues().PurgeAllAsync(new BatchOptions { DryRun = true });

        _server.Requests.Snapshot().Select(r => r.Operation).Should().Equal("ListQueues", "ListQueues");
        _server.Sqs.QueueUrls().Should().HaveCount(14);
        (await Backlogs()).Sum().Should().Be(17L);
        delete.Succeeded.Should().Equal(_batch, "a dry run reports in listing order");
        delete.ToString().Should().Be("DeleteQueue (dry run): 12 selected, would act on 12, 0 refused, 0 calls sent");
        purge.ToString().Should().Be("PurgeQueue (dry run): 14 selected, would act on 14, 0 refused, 0 calls sent");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task MaxConcurrency_bounds_the_calls_in_flight(int maxConcurrency)
    {
        var counter = new InFlightCounter("DeleteQueue");
        using var sqs = _server.CreateSqsClient(c => c.HttpClientFactory = counter);

        var result = await sqs.Queues(new SqsQueryOptions { MaxConcurrency = maxConcurrency }).Where(q => q.Name.StartsWith("batch-")).DeleteAllAsync();

        counter.MaxInFlight.Should().Be(maxConcurrency);
        result.Succeeded.Should().BeEquivalentTo(_batch);
    }

    [Fact]
    public async Task A_listing_that_fails_midway_throws_only_after_the_calls_already_sent_have_finished_and_reports_them()
    {
        var counter = new InFlightCounter("DeleteQueue");
        using var sqs = _server.CreateSqsClient(c => c.HttpClientFactory = counter);
        var query = sqs.Queues(new SqsQueryOptions { MaxConcurrency = 3 }).Where(q => q.Name.StartsWith("batch-") && FailAt(q.Name, "batch-05"));

        var act = () => query.DeleteAllAsync();

        var thrown = (await act.Should().ThrowAsync<BatchActionException>()).Which;
        thrown.InnerException.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("The listing failed at batch-05.");
        counter.InFlight.Should().Be(0, "no DeleteQueue may still be running once the action has thrown");
        thrown.Result.Succeeded.Should().BeEquivalentTo(_batch.Take(5), "the exception says what was done before the listing failed");
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Calls("DeleteQueue").Select(c => c.Parameter("QueueUrl")).Should().BeEquivalentTo(_batch.Take(5));
    }

    [Fact]
    public async Task A_query_that_selects_nothing_sends_no_action_call()
    {
        var result = await _sqs.Queues().Where(q => q.Name.StartsWith("none-")).PurgeAllAsync();

        _server.Requests.Snapshot().Select(r => r.Operation).Should().Equal("ListQueues");
        (result.Selected, result.Calls).Should().Be((0, 0));
    }

    [Fact]
    public async Task Cancelling_midway_waits_for_the_calls_in_flight_and_reports_them()
    {
        using var cancel = new CancelAtItem(5);
        var query = _sqs.Queues(new SqsQueryOptions { MaxConcurrency = 1 }).Where(q => q.Name.StartsWith("batch-") && cancel.See(q.Name));

        var act = () => query.DeleteAllAsync(cancellationToken: cancel.Token);

        var thrown = (await act.Should().ThrowAsync<BatchActionCanceledException>()).Which;
        thrown.Message.Should().Be("DeleteQueue was canceled after 4 calls: 4 items were acted on and 0 failed; the rest were not touched.");
        thrown.Result.Succeeded.Should().Equal(_batch.Take(4));
        Calls("DeleteQueue").Select(c => c.Parameter("QueueUrl")).Should().Equal(_batch.Take(4));
        _server.Sqs.QueueUrls().Should().Equal([.. _batch.Skip(4), .. _kept]);
    }

    [Fact]
    public void Explain_of_a_queue_action_shows_the_listing_and_the_action()
    {
        var plan = _sqs.Queues().Where(q => q.Name.StartsWith("batch-")).Explain(q => q.PurgeAllAsync(null, default));

        plan.ToString().Should().Be(
            """
            SQS ListQueues
              request: ListQueues QueueNamePrefix=batch-, MaxResults=1000
              in memory: nothing
              stops: after the last page
              follow-up calls: none
              action: PurgeQueue per queue, at most 8 at once
            """.ReplaceLineEndings());
        _server.Requests.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task Queue_actions_check_their_query_at_the_call()
    {
        IQueryable<SqsQueue> notAwsLinq = new List<SqsQueue>().AsQueryable();

        var onNull = () => SqsBatchActions.PurgeAllAsync(null!);
        var onOther = () => notAwsLinq.DeleteAllAsync();

        (await onNull.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("queues");
        (await onOther.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("queues");
    }

    private IReadOnlyList<ServedRequest> Calls(string operation) => _server.Requests.For("sqs", operation);

    // In listing order (batch-00 to batch-11, keep-1, keep-2), read with GetQueueAttributes, then forgotten.
    private async Task<List<long>> Backlogs()
    {
        var backlogs = await _sqs.Queues().Select(q => q.ApproximateNumberOfMessages ?? -1).ToListAsync();
        _server.Requests.Clear();
        return backlogs;
    }

    private static bool FailAt(string name, string failing) =>
        name != failing ? true : throw new InvalidOperationException($"The listing failed at {failing}.");

    // Deletes batch-05 on the server when the listing reaches it, so that DeleteQueue finds it gone.
    private bool DeleteBehindTheClientsBack(string name)
    {
        if (name == "batch-05")
        {
            _server.Sqs.DeleteQueue(name);
        }

        return true;
    }
}
