using Amazon.S3.Model;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.S3;

/// <summary>Each object translation rule, asserted on the ListObjectsV2 requests the local endpoint served.</summary>
public sealed class S3ObjectTranslationTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public async Task Nothing_is_sent_until_the_query_is_enumerated()
    {
        var bucket = s3.Bucket("a", "b");
        var query = s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("a"));

        s3.Listings(bucket).Should().BeEmpty();
        (await query.ToListAsync()).Select(o => o.Key).Should().Equal("a");
        s3.Listings(bucket).Should().ContainSingle();
    }

    [Fact]
    public async Task StartsWith_becomes_Prefix()
    {
        var bucket = s3.Bucket([.. LocalS3Fixture.Keys("photos/", 3), .. LocalS3Fixture.Keys("logs/", 3)]);

        var keys = await s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("photos/")).Select(o => o.Key).ToListAsync();

        keys.Should().Equal(LocalS3Fixture.Keys("photos/", 3));
        var request = s3.Listings(bucket).Should().ContainSingle().Subject;
        request.Parameter("Prefix").Should().Be("photos/");
        request.Parameter("MaxKeys").Should().BeNull();
    }

    [Fact]
    public async Task Take_shrinks_MaxKeys_and_sends_one_request()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("photos/", 50));

        var items = await s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("photos/")).Take(10).ToListAsync();

        items.Should().HaveCount(10);
        var request = s3.Listings(bucket).Should().ContainSingle().Subject;
        request.Parameter("MaxKeys").Should().Be("10");
        request.Parameter("Prefix").Should().Be("photos/");
    }

    [Fact]
    public async Task Take_after_an_in_memory_predicate_keeps_the_page_size_and_stops_after_enough_matches()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("p/", 100));

        var items = await s3.Client.Objects(bucket).WithPageSize(10).Where(o => o.Size >= 200).Take(5).ToListAsync();

        items.Select(o => o.Size).Should().Equal(200, 210, 220, 230, 240);
        var requests = s3.Listings(bucket);
        requests.Should().HaveCount(3, "items 20..24 are on the third page of ten");
        requests.Should().OnlyContain(r => r.Parameter("MaxKeys") == "10");
    }

    [Fact]
    public async Task WithPageSize_sets_MaxKeys_on_every_page()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 20));

        var count = await s3.Client.Objects(bucket).WithPageSize(7).CountAsync();

        count.Should().Be(20);
        var requests = s3.Listings(bucket);
        requests.Should().HaveCount(3).And.OnlyContain(r => r.Parameter("MaxKeys") == "7");
        requests[0].Parameter("ContinuationToken").Should().BeNull();
        requests.Skip(1).Should().OnlyContain(r => r.Parameter("ContinuationToken") != null);
    }

    [Fact]
    public async Task Take_smaller_than_the_page_size_wins()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 20));

        await s3.Client.Objects(bucket).WithPageSize(100).Take(3).ToListAsync();

        s3.Listings(bucket).Should().ContainSingle().Which.Parameter("MaxKeys").Should().Be("3");
    }

    [Theory]
    [InlineData("First", "1")]
    [InlineData("Any", "1")]
    [InlineData("Single", "2")]
    public async Task Single_value_operators_read_only_what_they_need(string op, string maxKeys)
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 20));
        var query = s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("k001"));

        Func<Task> act = op switch
        {
            "First" => () => query.FirstAsync(),
            "Any" => () => query.AnyAsync(),
            _ => () => query.SingleAsync(),
        };

        if (op == "Single")
        {
            await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("Sequence contains more than one element");
        }
        else
        {
            await act();
        }

        s3.Listings(bucket).Should().ContainSingle().Which.Parameter("MaxKeys").Should().Be(maxKeys);
    }

    [Fact]
    public async Task Take_zero_sends_nothing()
    {
        var bucket = s3.Bucket("a", "b");

        var items = await s3.Client.Objects(bucket).Take(0).ToListAsync();
        var any = await s3.Client.Objects(bucket).Take(0).AnyAsync();

        items.Should().BeEmpty();
        any.Should().BeFalse();
        s3.Listings(bucket).Should().BeEmpty();
    }

    [Fact]
    public async Task Count_reads_every_page_without_a_limit()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 2500));

        var count = await s3.Client.Objects(bucket).CountAsync();

        count.Should().Be(2500);
        s3.Listings(bucket).Should().HaveCount(3).And.OnlyContain(r => r.Parameter("MaxKeys") == null);
    }

    [Fact]
    public async Task Key_equality_lists_one_key()
    {
        var bucket = s3.Bucket("docs/readme", "docs/readme.txt", "docs/readme2");

        var items = await s3.Client.Objects(bucket).Where(o => o.Key == "docs/readme").ToListAsync();

        items.Select(o => o.Key).Should().Equal("docs/readme");
        var request = s3.Listings(bucket).Should().ContainSingle().Subject;
        request.Parameter("Prefix").Should().Be("docs/readme");
        request.Parameter("MaxKeys").Should().Be("1");
    }

    [Fact]
    public async Task Key_equality_for_a_missing_key_finds_nothing_even_when_longer_keys_exist()
    {
        var bucket = s3.Bucket("docs/readme.txt");

        var items = await s3.Client.Objects(bucket).Where(o => o.Key == "docs/readme").ToListAsync();

        items.Should().BeEmpty();
        s3.Listings(bucket).Should().ContainSingle();
    }

    [Fact]
    public async Task Two_ANDed_prefixes_keep_the_longer_one()
    {
        var bucket = s3.Bucket("a/1", "a/b/1", "a/b/2");

        var items = await s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("a/") && o.Key.StartsWith("a/b/")).ToListAsync();

        items.Should().HaveCount(2);
        s3.Listings(bucket).Should().ContainSingle().Which.Parameter("Prefix").Should().Be("a/b/");
    }

    [Fact]
    public async Task Conflicting_prefixes_send_no_request()
    {
        var bucket = s3.Bucket("a/1", "b/1");

        var items = await s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("a/")).Where(o => o.Key.StartsWith("b/")).ToListAsync();

        items.Should().BeEmpty();
        s3.Listings(bucket).Should().BeEmpty();
    }

    [Fact]
    public async Task ORed_prefixes_become_one_listing_each_merged_in_key_order()
    {
        var bucket = s3.Bucket("a/1", "b/1", "c/1", "c/2", "d/1");

        var keys = await s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("c/") || o.Key.StartsWith("a/")).Select(o => o.Key).ToListAsync();

        keys.Should().Equal("a/1", "c/1", "c/2");
        s3.Listings(bucket).Select(r => r.Parameter("Prefix")).Should().Equal("a/", "c/");
    }

    [Fact]
    public async Task An_ORed_prefix_that_contains_the_other_wins()
    {
        var bucket = s3.Bucket("a/1", "a/b/1", "b/1");

        await s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("a/b/") || o.Key.StartsWith("a/")).ToListAsync();

        s3.Listings(bucket).Should().ContainSingle().Which.Parameter("Prefix").Should().Be("a/");
    }

    [Fact]
    public async Task ORed_prefixes_with_Take_stop_before_the_second_listing()
    {
        var bucket = s3.Bucket([.. LocalS3Fixture.Keys("a/", 5), .. LocalS3Fixture.Keys("b/", 5)]);

        var items = await s3.Client.Objects(bucket).Where(o => o.Key.StartsWith("a/") || o.Key.StartsWith("b/")).Take(3).ToListAsync();

        items.Should().HaveCount(3);
        var request = s3.Listings(bucket).Should().ContainSingle().Subject;
        request.Parameter("Prefix").Should().Be("a/");
        request.Parameter("MaxKeys").Should().Be("3");
    }

    [Theory]
    [InlineData(">", "m", "m")]
    [InlineData(">=", "mb", "m")]
    public async Task Lower_bounds_become_StartAfter(string op, string bound, string startAfter)
    {
        var bucket = s3.Bucket("a", "m", "ma", "mb", "z");
        var query = op == ">"
            ? s3.Client.Objects(bucket).Where(o => o.Key.CompareTo(bound) > 0)
            : s3.Client.Objects(bucket).Where(o => string.Compare(o.Key, bound) >= 0);

        var keys = await query.Select(o => o.Key).ToListAsync();

        keys.Should().Equal(op == ">" ? ["ma", "mb", "z"] : ["mb", "z"]);
        s3.Listings(bucket).Should().ContainSingle().Which.Parameter("StartAfter").Should().Be(startAfter);
    }

    [Fact]
    public async Task An_upper_bound_stops_paging_at_the_first_key_past_it()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 100));

        var keys = await s3.Client.Objects(bucket).WithPageSize(10).Where(o => o.Key.CompareTo("k0015") < 0).Select(o => o.Key).ToListAsync();

        keys.Should().Equal(LocalS3Fixture.Keys("k", 15));
        s3.Listings(bucket).Should().HaveCount(2, "the second page holds k0015, past the bound");
    }

    [Fact]
    public async Task An_ordinal_bound_beyond_the_BMP_is_pushed_only_as_far_as_UTF8_order_agrees()
    {
        var bucket = s3.Bucket("a/b", "a/\uE000", "a/\uFFFD", "a/😀", "b");

        var keys = await s3.Client.Objects(bucket).Where(o => string.CompareOrdinal(o.Key, "a/😀") > 0).Select(o => o.Key).ToListAsync();

        // UTF-16: U+E000 and U+FFFD sort after the surrogate pair of 😀, although S3 lists them before it.
        keys.Should().Equal("a/\uE000", "a/\uFFFD", "b");
        s3.Listings(bucket).Should().ContainSingle().Which.Parameter("StartAfter").Should().Be("a/");
    }

    [Fact]
    public async Task FetchOwner_is_sent_only_when_the_query_reads_the_owner()
    {
        var bucket = s3.Bucket("a", "b");

        var owners = await s3.Client.Objects(bucket).Select(o => o.Owner.DisplayName).ToListAsync();
        await s3.Client.Objects(bucket).Select(o => o.Key).ToListAsync();

        owners.Should().Equal("local", "local");
        s3.Listings(bucket).Select(r => r.Parameter("FetchOwner")).Should().Equal("true", null);
    }

    [Fact]
    public async Task Ordering_by_key_is_the_listing_order_and_lets_Take_shrink_the_page()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 30));

        var ascending = await s3.Client.Objects(bucket).OrderBy(o => o.Key).Take(3).Select(o => o.Key).ToListAsync();
        var descending = await s3.Client.Objects(bucket).OrderByDescending(o => o.Key).Take(3).Select(o => o.Key).ToListAsync();

        ascending.Should().Equal("k0000", "k0001", "k0002");
        descending.Should().Equal("k0029", "k0028", "k0027");
        s3.Listings(bucket).Select(r => r.Parameter("MaxKeys")).Should().Equal("3", null);
    }

    [Fact]
    public async Task Captured_values_are_read_once_per_execution()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("a/", 10));
        var calls = 0;
        Func<long> threshold = () => ++calls * 0;
        var prefix = "a/";
        var query = s3.Client.Objects(bucket).Where(o => o.Key.StartsWith(prefix) && o.Size >= threshold());

        (await query.CountAsync()).Should().Be(10);
        prefix = "b/";
        (await query.CountAsync()).Should().Be(0);

        calls.Should().Be(2);
        s3.Listings(bucket).Select(r => r.Parameter("Prefix")).Should().Equal("a/", "b/");
    }

    [Fact]
    public async Task Each_execution_starts_a_new_listing()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 5));
        var query = s3.Client.Objects(bucket).WithPageSize(2);

        (await query.ToListAsync()).Should().HaveCount(5);
        query.ToList().Should().HaveCount(5);

        s3.Listings(bucket).Select(r => r.Parameter("ContinuationToken") is null).Should().Equal(true, false, false, true, false, false);
    }

    [Fact]
    public async Task Cancellation_mid_listing_sends_no_further_request()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 10));
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        var act = async () =>
        {
            await foreach (var _ in s3.Client.Objects(bucket).WithPageSize(2).AsAsyncEnumerable().WithCancellation(cancellation.Token))
            {
                if (++seen == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Be(2);
        s3.Listings(bucket).Should().ContainSingle();
    }
}
