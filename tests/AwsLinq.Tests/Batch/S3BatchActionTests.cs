using Amazon.S3.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Batch;

/// <summary>
/// <c>DeleteAllAsync</c> on S3 objects, through the SDK against LocalAws: the DeleteObjects calls that went out,
/// the objects left in the bucket and the result's tally.
/// </summary>
public sealed class S3BatchActionTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public async Task DeleteAllAsync_sends_one_DeleteObjects_per_page_of_1000_keys_and_deletes_only_the_selected()
    {
        var doomed = LocalS3Fixture.Keys("tmp/", 2500);
        var kept = LocalS3Fixture.Keys("keep/", 10);
        var bucket = s3.Bucket([.. doomed, .. kept]);

        var result = await s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("tmp/")).DeleteAllAsync();

        var calls = Deletes(bucket);
        calls.Select(c => c.Parameter("ObjectCount")).Should().Equal("1000", "1000", "500");
        calls.Should().OnlyContain(c => c.Parameter("Quiet") == "false" && c.StatusCode == 200);
        s3.Server.S3.ListAll(bucket).Select(o => o.Key).Should().Equal(kept);
        result.Succeeded.Should().Equal(doomed, "keys are reported in listing order");
        result.Failed.Should().BeEmpty();
        (result.Action, result.DryRun, result.Selected, result.Calls, result.AllSucceeded).Should().Be(("DeleteObjects", false, 2500, 3, true));
        result.ToString().Should().Be("DeleteObjects: 2500 selected, 2500 succeeded, 0 failed in 3 calls");
    }

    [Fact]
    public async Task DeleteAllAsync_deletes_each_page_as_the_listing_reaches_it()
    {
        var keys = LocalS3Fixture.Keys("k", 2500);
        var bucket = s3.Bucket(keys);

        await s3.Client.Objects(bucket).DeleteAllAsync();

        // Listing and deleting overlap: the listing reads one page ahead of the action page being deleted, never more.
        var operations = s3.Server.Requests.For("s3", bucket: bucket).Select(r => r.Operation).ToList();
        operations.Count(o => o == "ListObjectsV2").Should().Be(3);
        operations.Count(o => o == "DeleteObjects").Should().Be(3);
        var ahead = 0;
        foreach (var operation in operations)
        {
            ahead += operation == "ListObjectsV2" ? 1 : -1;
            ahead.Should().BeInRange(0, 2, $"the listing may be one page ahead of the delete in flight, not more ({string.Join(", ", operations)})");
        }
        s3.Server.S3.ListAll(bucket).Should().BeEmpty();
    }

    [Fact]
    public async Task The_action_page_stays_1000_keys_whatever_the_listing_page_size()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 2500));

        await s3.Client.Objects(bucket).WithPageSize(400).DeleteAllAsync();

        s3.Listings(bucket).Should().HaveCount(7).And.OnlyContain(r => r.Parameter("MaxKeys") == "400");
        Deletes(bucket).Select(c => c.Parameter("ObjectCount")).Should().Equal("1000", "1000", "500");
        s3.Server.S3.ListAll(bucket).Should().BeEmpty();
    }

    [Fact]
    public async Task Keys_with_spaces_unicode_and_XML_characters_are_deleted_exactly()
    {
        string[] odd = ["a b+c.txt", "caf\u00e9/\u65e5\u672c.txt", "x&y<z>'\"q\".txt", "tab\there", "%2F%20.txt"];
        var bucket = s3.Bucket([.. odd, "keep"]);

        var result = await s3.Client.Objects(bucket).Where(o => o.Key != "keep").DeleteAllAsync();

        result.Succeeded.Should().BeEquivalentTo(odd);
        result.Failed.Should().BeEmpty();
        s3.Server.S3.ListAll(bucket).Select(o => o.Key).Should().Equal("keep");
    }

    [Fact]
    public async Task Keys_with_control_characters_are_deleted_one_by_one_and_the_rest_in_one_call()
    {
        string[] control = ["ctl\u0001one", "esc\u001b[31mred", "bell\u0007"];
        string[] plain = ["plain-1", "plain-2"];
        var bucket = s3.Bucket([.. control, .. plain]);

        var result = await s3.Client.Objects(bucket).DeleteAllAsync();

        result.Succeeded.Should().BeEquivalentTo([.. control, .. plain]);
        result.Failed.Should().BeEmpty();
        result.Calls.Should().Be(4, "one DeleteObjects for the keys XML can carry, one DeleteObject for each other key");
        s3.Server.Requests.For("s3", "DeleteObjects", bucket).Single().Parameter("ObjectCount").Should().Be("2");
        s3.Server.Requests.For("s3", "DeleteObject", bucket).Select(r => r.Parameter("Key")).Should().BeEquivalentTo(control);
        (await s3.Client.Objects(bucket).CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Take_2500_of_3000_deletes_exactly_2500_in_calls_of_1000_1000_and_500()
    {
        var keys = LocalS3Fixture.Keys("k", 3000);
        var bucket = s3.Bucket(keys);

        var result = await s3.Client.Objects(bucket).Take(2500).DeleteAllAsync();

        Deletes(bucket).Select(c => c.Parameter("ObjectCount")).Should().Equal("1000", "1000", "500");
        result.Succeeded.Should().Equal(keys[..2500]);
        s3.Server.S3.ListAll(bucket).Select(o => o.Key).Should().Equal(keys[2500..]);
    }

    [Fact]
    public async Task Skip_and_Take_select_a_window_of_the_listing()
    {
        var keys = LocalS3Fixture.Keys("k", 50);
        var bucket = s3.Bucket(keys);

        var result = await s3.Client.Objects(bucket).Skip(10).Take(5).DeleteAllAsync();

        result.Succeeded.Should().Equal(keys[10..15]);
        Deletes(bucket).Should().ContainSingle().Which.Parameter("ObjectCount").Should().Be("5");
        s3.Server.S3.ListAll(bucket).Select(o => o.Key).Should().Equal([.. keys[..10], .. keys[15..]]);
    }

    [Fact]
    public async Task An_in_memory_predicate_deletes_only_the_matching_objects()
    {
        // The fixture sizes object i at 10 × i bytes: objects 50 to 99 are 500 bytes or more.
        var keys = LocalS3Fixture.Keys("k", 100);
        var bucket = s3.Bucket(keys);

        var result = await s3.Client.Objects(bucket).Where(o => o.Size >= 500).DeleteAllAsync();

        result.Succeeded.Should().Equal(keys[50..]);
        Deletes(bucket).Should().ContainSingle().Which.Parameter("ObjectCount").Should().Be("50");
        s3.Server.S3.ListAll(bucket).Select(o => o.Key).Should().Equal(keys[..50]);
    }

    [Fact]
    public async Task A_query_that_selects_nothing_sends_no_DeleteObjects()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 20));

        var result = await s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("none/")).DeleteAllAsync();

        Deletes(bucket).Should().BeEmpty();
        s3.Listings(bucket).Should().ContainSingle();
        (result.Selected, result.Calls, result.AllSucceeded).Should().Be((0, 0, true));
        s3.Server.S3.ListAll(bucket).Should().HaveCount(20);
    }

    [Fact]
    public async Task A_query_that_cannot_match_sends_nothing_at_all()
    {
        var bucket = s3.Bucket("a1", "b1");

        var result = await s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("a") && o.Key.StartsWith("b")).DeleteAllAsync();

        s3.Server.Requests.For("s3", bucket: bucket).Should().BeEmpty();
        result.ToString().Should().Be("DeleteObjects: 0 selected, 0 succeeded, 0 failed in 0 calls");
    }

    [Fact]
    public async Task Keys_S3_refuses_are_recorded_as_failures_and_the_action_goes_on_to_the_next_page()
    {
        var keys = LocalS3Fixture.Keys("k", 2500);
        var bucket = s3.Bucket(keys);
        string[] denied = [keys[7], keys[2001], keys[2499]];
        s3.Server.S3.Faults.DeniedDeleteKeys = new HashSet<string>(denied);
        BatchResult result;
        try
        {
            result = await s3.Client.Objects(bucket).DeleteAllAsync();
        }
        finally
        {
            s3.Server.S3.Faults.Reset();
        }

        Deletes(bucket).Select(c => c.Parameter("ObjectCount")).Should().Equal("1000", "1000", "500");
        result.Failed.Should().Equal(denied.Select(k => new BatchFailure(k, "AccessDenied", "Access Denied")));
        result.Succeeded.Should().Equal(keys.Except(denied));
        (result.Selected, result.Calls, result.AllSucceeded).Should().Be((2500, 3, false));
        result.ToString().Should().Be("DeleteObjects: 2500 selected, 2497 succeeded, 3 failed in 3 calls");
        s3.Server.S3.ListAll(bucket).Select(o => o.Key).Should().Equal(denied);
    }

    [Fact]
    public async Task A_dry_run_sends_no_DeleteObjects_and_lists_what_would_go()
    {
        var keys = LocalS3Fixture.Keys("k", 2500);
        var bucket = s3.Bucket(keys);

        var result = await s3.Client.Objects(bucket).DeleteAllAsync(new BatchOptions { DryRun = true });

        Deletes(bucket).Should().BeEmpty();
        s3.Listings(bucket).Should().HaveCount(3);
        s3.Server.S3.ListAll(bucket).Should().HaveCount(2500);
        result.Succeeded.Should().Equal(keys);
        (result.DryRun, result.Selected, result.Calls).Should().Be((true, 2500, 0));
        result.ToString().Should().Be("DeleteObjects (dry run): 2500 selected, would act on 2500, 0 refused, 0 calls sent");
    }

    [Fact]
    public async Task Cancelling_midway_stops_before_the_next_call_and_reports_what_was_deleted()
    {
        var keys = LocalS3Fixture.Keys("k", 3000);
        var bucket = s3.Bucket(keys);
        using var cancel = new CancelAtItem(1500);

        var act = () => s3.Client.Objects(bucket).WithPageSize(1000).Where(o => cancel.See(o.Key)).DeleteAllAsync(cancellationToken: cancel.Token);

        var thrown = (await act.Should().ThrowAsync<BatchActionCanceledException>()).Which;
        thrown.Message.Should().Be("DeleteObjects was canceled after 1 call: 1000 items were acted on and 0 failed; the rest were not touched.");
        cancel.CancelledAt.Should().Be(keys[1499]);
        thrown.CancellationToken.Should().Be(cancel.Token);
        thrown.InnerException.Should().BeAssignableTo<OperationCanceledException>();
        thrown.Result.Succeeded.Should().Equal(keys[..1000]);
        (thrown.Result.Failed.Count, thrown.Result.Calls).Should().Be((0, 1));
        Deletes(bucket).Should().ContainSingle().Which.Parameter("ObjectCount").Should().Be("1000");
        s3.Server.S3.ListAll(bucket).Select(o => o.Key).Should().Equal(keys[1000..]);
    }

    [Fact]
    public async Task A_cancellation_that_arrives_while_a_call_is_in_flight_still_reports_the_keys_S3_deleted()
    {
        var keys = LocalS3Fixture.Keys("k", 2500);
        var bucket = s3.Bucket(keys);
        using var cancel = new CancelOnResponse(r => r.Method == HttpMethod.Post && r.RequestUri!.Query.Contains("delete", StringComparison.Ordinal));
        using var client = s3.Server.CreateS3Client(c => c.HttpClientFactory = cancel);

        var act = () => client.Objects(bucket).DeleteAllAsync(cancellationToken: cancel.Token);

        var thrown = (await act.Should().ThrowAsync<BatchActionCanceledException>()).Which;
        Deletes(bucket).Should().ContainSingle("the action stops before its next call");
        var gone = keys.Except(s3.Server.S3.ListAll(bucket).Select(o => o.Key)).ToList();
        gone.Should().HaveCount(1000, "S3 served the first DeleteObjects before the cancellation reached the client");
        thrown.Result.Succeeded.Should().Equal(gone, "the result must say which keys are gone, so that the caller can tell what was done");
    }

    [Fact]
    public async Task A_call_that_cannot_reach_the_endpoint_stops_the_action_with_its_keys_in_the_result()
    {
        var keys = LocalS3Fixture.Keys("k", 1500);
        var bucket = s3.Bucket(keys);
        using var client = s3.Server.CreateS3Client(c =>
        {
            c.HttpClientFactory = new FailRequests(r => r.Method == HttpMethod.Post);
            c.MaxErrorRetry = 0;
        });

        var act = () => client.Objects(bucket).DeleteAllAsync();

        var thrown = (await act.Should().ThrowAsync<BatchActionException>()).Which;
        thrown.InnerException.Should().BeOfType<HttpRequestException>();
        thrown.Result.Failed.Select(f => f.Id).Should().Equal(keys.Take(1000), "no item may be left out of the result");
        thrown.Result.Failed.Should().OnlyContain(f => f.ErrorCode == "HttpRequestException");
        thrown.Result.Succeeded.Should().BeEmpty();
        s3.Server.S3.ListAll(bucket).Should().HaveCount(1500);
    }

    [Fact]
    public async Task A_token_cancelled_before_the_start_deletes_nothing()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 10));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => s3.Client.Objects(bucket).DeleteAllAsync(cancellationToken: cancelled.Token);

        var thrown = (await act.Should().ThrowAsync<BatchActionCanceledException>()).Which;
        (thrown.Result.Selected, thrown.Result.Calls).Should().Be((0, 0));
        Deletes(bucket).Should().BeEmpty();
        s3.Server.S3.ListAll(bucket).Should().HaveCount(10);
    }

    [Fact]
    public void Explain_of_DeleteAllAsync_shows_the_listing_and_the_action_and_sends_nothing()
    {
        var bucket = s3.Bucket("tmp/a");

        var plan = s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("tmp/") && o.Size > 1000).Explain(q => q.DeleteAllAsync(null, default));

        plan.Action.Should().Be("DeleteObjects per page of at most 1000 keys, not Quiet: S3 confirms each key");
        plan.ToString().Should().Be(
            $"""
            S3 ListObjectsV2 of bucket '{bucket}'
              request: ListObjectsV2 Bucket={bucket}, Prefix=tmp/
              in memory: where o => o.Size > 1000
              stops: after the last page
              follow-up calls: none
              action: DeleteObjects per page of at most 1000 keys, not Quiet: S3 confirms each key
            """.ReplaceLineEndings().TrimEnd());
        s3.Server.Requests.For("s3", bucket: bucket).Should().BeEmpty();
    }

    [Fact]
    public async Task DeleteAllAsync_checks_its_query_at_the_call()
    {
        IQueryable<S3Object> notAwsLinq = new List<S3Object>().AsQueryable();

        var onNull = () => S3BatchActions.DeleteAllAsync(null!);
        var onOther = () => notAwsLinq.DeleteAllAsync();

        (await onNull.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("objects");
        (await onOther.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("objects");
    }

    private IReadOnlyList<ServedRequest> Deletes(string bucket) => s3.Server.Requests.For("s3", "DeleteObjects", bucket);
}
