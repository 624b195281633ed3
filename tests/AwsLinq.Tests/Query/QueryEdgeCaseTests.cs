using Amazon.S3.Model;
using AwsLinq.Tests.Infrastructure;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.Query;

/// <summary>
/// Edge cases of the core and the S3 provider that a review found wrong once, each compared with LINQ-to-Objects or
/// asserted on what is sent.
/// </summary>
public sealed class QueryEdgeCaseTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    private async Task<List<S3Object>> Complete(string bucket) =>
        await s3.Client.Objects(bucket).WithPageSize(1000).ToListAsync();

    // ---- oracle violations ----

    [Fact]
    public async Task Skip_with_a_negative_count_then_First_or_Any_finds_the_first_item()
    {
        // LINQ treats Skip(-1) as Skip(0), so First/Any see every item (principle: same result as LINQ-to-Objects).
        var bucket = s3.Bucket("a", "b", "c");
        var oracle = OracleQueryable.Over(await Complete(bucket));

        var first = await s3.Client.Objects(bucket).Skip(-1).FirstOrDefaultAsync();
        var any = await s3.Client.Objects(bucket).Skip(-1).AnyAsync();

        first?.Key.Should().Be(oracle.Skip(-1).First().Key);
        first.Should().NotBeNull();
        any.Should().Be(oracle.Skip(-1).Any()).And.BeTrue();
    }

    [Fact]
    public async Task All_after_a_projected_Distinct_evaluates_its_predicate_on_the_projected_values()
    {
        // LINQ returns true here: All's predicate applies to the distinct projected values.
        var bucket = s3.Bucket("a", "b", "c");
        var expected = OracleQueryable.Over(await Complete(bucket)).Select(o => o.Size).Distinct().All(s => s >= 0);

        var all = await s3.Client.Objects(bucket).Select(o => o.Size).Distinct().AllAsync(s => s >= 0);

        all.Should().Be(expected);
    }

    [Fact]
    public async Task StartsWith_null_throws_like_LINQ_even_when_a_pushed_down_prefix_matches_nothing()
    {
        // LINQ-to-Objects evaluates StartsWith(null) first and throws ArgumentNullException, whatever the other predicate.
        var bucket = s3.Bucket("a", "b", "c");
        string? prefix = null;
        var complete = await Complete(bucket);
        var oracle = () => OracleQueryable.Over(complete).Where(o => o.Key.StartsWith(prefix!) && o.Key.StartsWith("zzz")).ToList();
        oracle.Should().Throw<ArgumentNullException>();

        var act = () => s3.Client.Objects(bucket).Where(o => o.Key.StartsWith(prefix!) && o.Key.StartsWith("zzz")).ToListAsync();

        await act.Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public async Task OrderBy_with_an_explicit_StringComparer_sorts_as_the_comparer_says()
    {
        // TRANSLATION.md: operations with an explicit StringComparer "do exactly what they say"; OrderBy runs in memory.
        var bucket = s3.Bucket("a\uE000", "a\uD83D\uDE00", "b");

        var keys = await s3.Client.Objects(bucket).OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Key).ToListAsync();

        keys.Should().Equal("a\uD83D\uDE00", "a\uE000", "b");
    }

    // ---- request waste ----

    [Fact]
    public async Task Skip_with_a_negative_count_then_Take_sends_MaxKeys_of_the_Take()
    {
        // Skip(-3) skips nothing, so Take(2) needs 2 items: MaxKeys=2 and one request (rule: Take(n) => page size n).
        var bucket = s3.Bucket("a", "b", "c");

        var items = await s3.Client.Objects(bucket).Skip(-3).Take(2).ToListAsync();

        items.Select(o => o.Key).Should().Equal("a", "b");
        s3.Listings(bucket).Should().ContainSingle().Which.Parameter("MaxKeys").Should().Be("2");
    }

    // ---- exceptions ----

    [Fact]
    public void Unsupported_overload_error_names_the_overload_not_the_whole_operator()
    {
        // Select is supported; only the indexed overload is not, and the message must say so.
        var bucket = s3.Bucket("a");

        var act = () => s3.Client.Objects(bucket).Select((o, i) => o.Key + i).ToList();

        act.Should().Throw<NotSupportedException>().Which.Message.Should().NotContain("The LINQ operator 'Select' is not supported");
    }

    [Fact]
    public async Task ServerSideOnly_refuses_an_All_predicate_that_runs_in_memory()
    {
        // ServerSideOnly: "a predicate the service cannot filter makes the query throw"; All(o => o.Size > 5) runs in memory.
        var bucket = s3.Bucket("a");

        var act = () => s3.Client.Objects(bucket).ServerSideOnly().AllAsync(o => o.Size > 5);

        await act.Should().ThrowAsync<InvalidOperationException>();
    }

    // ---- concurrency ----

    [Theory]
    [InlineData("Count")]
    [InlineData("First")]
    [InlineData("Where+ToList")]
    public void Synchronous_operators_do_not_deadlock_on_a_single_threaded_SynchronizationContext(string op)
    {
        // A blocking call on a UI-like thread must not need that thread again.
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 5));
        var query = s3.Client.Objects(bucket).WithPageSize(2);
        var thread = new Thread(() =>
        {
            SynchronizationContext.SetSynchronizationContext(new BlockedUiContext());
            _ = op switch
            {
                "Count" => query.Count(),
                "First" => query.First().Size,
                _ => query.Where(o => o.Size >= 0).ToList().Count,
            };
        });

        thread.Start();

        thread.Join(TimeSpan.FromSeconds(10)).Should().BeTrue("the synchronous query must complete without the blocked thread's context");
    }

    // ---- Explain ----

    [Fact]
    public void Explain_stop_counts_skipped_items_when_a_predicate_runs_in_memory()
    {
        // Where(in memory).Skip(2).Take(3) stops after 5 matching items, not 3.
        var bucket = s3.Bucket("a");

        var plan = s3.Client.Objects(bucket).Where(o => o.Size > 5).Skip(2).Take(3).Explain();

        plan.Stop.Should().StartWith("after 5 matching items");
    }

    [Fact]
    public void Explain_stop_after_an_in_memory_sort_is_the_last_page()
    {
        // An in-memory OrderByDescending must read every page before Take(3) can run.
        var bucket = s3.Bucket("a");

        var plan = s3.Client.Objects(bucket).OrderByDescending(o => o.Size).Take(3).Explain();

        plan.Stop.Should().Be("after the last page");
    }

    [Fact]
    public void Explain_of_Take_zero_does_not_blame_the_predicates()
    {
        // No request is sent because Take(0) needs no item, not because predicates conflict (there are none).
        var bucket = s3.Bucket("a");

        var plan = s3.Client.Objects(bucket).Take(0).Explain();

        plan.ToString().Should().NotContain("predicates cannot match");
    }

    [Fact]
    public void Explain_keeps_the_case_of_an_All_predicate()
    {
        // The plan prints All's predicate as C#, with its case: StartsWith("ABC") is not StartsWith("abc").
        var bucket = s3.Bucket("a");

        var plan = s3.Client.Objects(bucket).Explain(q => q.All(o => o.Key.StartsWith("ABC")));

        string.Join("; ", plan.InMemory).Should().Contain("\"ABC\"");
    }

    [Fact]
    public void Explain_says_Distinct_compares_the_projected_values()
    {
        // Distinct after Select keeps distinct sizes, not distinct objects; the plan must not read as the latter.
        var bucket = s3.Bucket("a");

        var plan = s3.Client.Objects(bucket).Select(o => o.Size).Distinct().Explain();

        plan.InMemory.Should().Equal("distinct by o => o.Size", "select o => o.Size");
    }

    [Fact]
    public void Explain_escapes_control_characters_in_values()
    {
        // Explain renders one line per part, and predicates as C#: a newline in a value is escaped.
        var bucket = s3.Bucket("a");

        var plan = s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("a\nb") && o.Key.EndsWith("x\ny")).Explain();

        plan.ToString().Split('\n').Should().HaveCount(5, plan.ToString());
    }

    private sealed class BlockedUiContext : SynchronizationContext
    {
        // Like a UI thread blocked in a synchronous call: what is posted to it never runs.
        public override void Post(SendOrPostCallback d, object? state)
        {
        }
    }
}
