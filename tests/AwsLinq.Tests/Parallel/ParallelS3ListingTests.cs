using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Parallel;

/// <summary>
/// <c>WithDegreeOfParallelism</c> over S3 objects, against LocalAws with a little latency so that requests really
/// overlap: the items and their order are those of the sequential listing, and the requests are counted.
/// </summary>
public sealed class ParallelS3ListingTests : IAsyncLifetime
{
    // Keys as logs are named: a shared prefix, dates, hosts and a counter, so that split points must be found.
    private static readonly string[] Keys =
    [
        .. Enumerable.Range(0, 12_000).Select(i => $"logs/2026/{1 + (i / 1000):D2}/{(i * 7919) % 97:D2}/host-{i % 13}/part-{i:D6}.json"),
        .. Enumerable.Range(0, 3_000).Select(i => $"media/{(char)('a' + (i % 26))}/{i:D5}.jpg"),
    ];

    private LocalAwsServer _server = null!;
    private Amazon.S3.AmazonS3Client _s3 = null!;
    private string[] _sorted = [];

    public async Task InitializeAsync()
    {
        _server = await LocalAwsServer.StartAsync(new LocalAwsOptions { Latency = TimeSpan.FromMilliseconds(2), Seed = 7 });
        _server.S3.CreateBucket("logs");
        _server.S3.SeedObjects("logs", Keys.Select(k => new LocalS3Object(k, k.Length, DateTimeOffset.UnixEpoch)));
        _s3 = _server.CreateS3Client();
        _sorted = [.. Keys.Order(Utf8Comparer.Instance)];
    }

    public async Task DisposeAsync()
    {
        _s3.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(16)]
    public async Task A_split_listing_returns_every_key_once_in_key_order(int parallelism)
    {
        var listed = await _s3.Objects("logs").WithPageSize(100).WithDegreeOfParallelism(parallelism).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(_sorted);
        var requests = Listings();
        var levels = requests.Where(r => r.Parameter("Delimiter") == "/").ToList();
        var ranges = requests.Where(r => r.Parameter("Delimiter") is null && r.Parameter("ContinuationToken") is null).ToList();
        ranges.Count.Should().BeGreaterThan(1, "the listing must have been split into ranges");
        ranges.Select(r => (r.Parameter("Prefix"), r.Parameter("StartAfter"))).Should().OnlyHaveUniqueItems("each range starts where no other does");

        // Every page the sequential listing reads is read once, plus at most a page per range for where ranges meet,
        // and the folder levels listed to find where to split.
        requests.Count.Should().BeLessThanOrEqualTo((_sorted.Length / 100) + 1 + (2 * ranges.Count) + levels.Count);
    }

    [Fact]
    public async Task A_prefix_and_a_key_bound_still_push_down_and_the_split_ranges_stay_under_the_prefix()
    {
        var listed = await _s3.Objects("logs")
            .Where(o => o.Key.StartsWith("logs/2026/03/") && o.Key.CompareTo("logs/2026/03/40") > 0)
            .WithPageSize(50)
            .WithDegreeOfParallelism(8)
            .Select(o => o.Key)
            .ToListAsync();

        listed.Should().Equal(_sorted.Where(k => k.StartsWith("logs/2026/03/", StringComparison.Ordinal) && string.CompareOrdinal(k, "logs/2026/03/40") > 0));
        var requests = Listings();
        requests.Should().OnlyContain(r => r.Parameter("Prefix")!.StartsWith("logs/2026/03/", StringComparison.Ordinal));

        // Each range starts past the bound: after it, or at a folder that sorts after it.
        requests.Should().OnlyContain(r => string.CompareOrdinal(r.Parameter("StartAfter") ?? r.Parameter("Prefix"), "logs/2026/03/40") >= 0);
    }

    [Fact]
    public async Task Ored_prefixes_are_listed_at_once_and_come_out_in_key_order()
    {
        var listed = await _s3.Objects("logs")
            .Where(o => o.Key.StartsWith("media/q/") || o.Key.StartsWith("logs/2026/11/") || o.Key.StartsWith("media/c/"))
            .WithPageSize(100)
            .WithDegreeOfParallelism(4)
            .Select(o => o.Key)
            .ToListAsync();

        listed.Should().Equal(_sorted.Where(k => k.StartsWith("media/q/", StringComparison.Ordinal) || k.StartsWith("logs/2026/11/", StringComparison.Ordinal) || k.StartsWith("media/c/", StringComparison.Ordinal)));
        Listings().Should().OnlyContain(r => new[] { "logs/2026/11/", "media/c/", "media/q/" }.Any(p => r.Parameter("Prefix")!.StartsWith(p, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Take_sends_one_request_of_the_size_it_needs()
    {
        var listed = await _s3.Objects("logs").WithDegreeOfParallelism(16).Take(10).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(_sorted.Take(10));
        Listings().Select(r => r.Parameter("MaxKeys")).Should().Equal("10");
    }

    [Theory]
    [InlineData(30, 20)]
    [InlineData(250, 100)]
    public async Task Take_of_a_few_pages_is_not_split_once_the_pages_running_hold_what_it_needs(int take, int pageSize)
    {
        var listed = await _s3.Objects("logs").WithPageSize(pageSize).WithDegreeOfParallelism(8).Take(take).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(_sorted.Take(take));
        Listings().Should().HaveCount((take + pageSize - 1) / pageSize, "the pages after the first hold the rest of what Take needs: a range cut off would cost a request");
    }

    [Fact]
    public async Task Take_of_many_pages_over_a_flat_listing_costs_the_sequential_pages_and_at_most_one_more_per_worker()
    {
        // A counter far longer than the Take: split points guessed too far ahead would start parts the Take never reads.
        _server.S3.CreateBucket("flat");
        _server.S3.SeedObjects("flat", Enumerable.Range(0, 20_000).Select(i => new LocalS3Object($"k{i:D6}", 1, DateTimeOffset.UnixEpoch)));
        var sequential = await _s3.Objects("flat").WithPageSize(100).Take(6_000).Select(o => o.Key).ToListAsync();
        var sequentialRequests = _server.Requests.For("s3", "ListObjectsV2", "flat").Count;
        _server.Requests.Clear();

        var listed = await _s3.Objects("flat").WithPageSize(100).WithDegreeOfParallelism(8).Take(6_000).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(sequential);
        var requests = _server.Requests.For("s3", "ListObjectsV2", "flat");
        requests.Count(r => r.Parameter("ContinuationToken") is null).Should().BeGreaterThan(1, "the listing must have been split into ranges");

        // Each part the Take reads costs at most the page where the part before it reads past its start; a part the
        // Take would not reach is not listed. So at most one page more than the sequential listing per worker.
        requests.Should().HaveCountLessThanOrEqualTo(sequentialRequests + 8);
    }

    [Fact]
    public async Task Leaving_a_parallel_listing_early_stops_every_range_and_sends_nothing_more()
    {
        var read = new List<string>();
        await foreach (var o in _s3.Objects("logs").WithPageSize(100).WithDegreeOfParallelism(8))
        {
            read.Add(o.Key);
            if (read.Count == 1_500)
            {
                break;
            }
        }

        read.Should().Equal(_sorted.Take(1_500));

        // The endpoint logs a request once it has answered it: one cancelled in flight as the query returned may be
        // logged a moment later. Once the log is quiet, nothing more may come.
        var sent = Listings().Count;
        for (var quiet = 0; quiet < 5; quiet = Listings().Count == sent ? quiet + 1 : 0)
        {
            sent = Listings().Count;
            await Task.Delay(20);
        }

        await Task.Delay(200);
        Listings().Count.Should().Be(sent, "no request may go out after the query has returned");

        // The pages waiting for the reader are bounded by a few per worker (two waiting, one in flight, and the parts
        // cut ahead), far from the 150 pages of the whole listing.
        sent.Should().BeLessThanOrEqualTo(15 + (8 * 8));
    }

    [Fact]
    public async Task Count_reads_the_whole_listing_with_as_many_requests_as_the_sequential_listing()
    {
        var sequential = await _s3.Objects("logs").WithPageSize(250).CountAsync();
        var sequentialRequests = Listings().Count;
        _server.Requests.Clear();

        var prefetched = await _s3.Objects("logs").WithPageSize(250).WithPrefetch().CountAsync();

        (sequential, prefetched).Should().Be((Keys.Length, Keys.Length));
        Listings().Count.Should().Be(sequentialRequests).And.Be(Keys.Length / 250);
    }

    [Fact]
    public async Task A_query_that_may_stop_early_reads_a_page_ahead_only_when_asked_to()
    {
        var first = await _s3.Objects("logs").WithPageSize(100).Where(o => o.Key.EndsWith("00.json")).FirstAsync();
        Listings().Should().HaveCount(1);
        _server.Requests.Clear();

        await foreach (var o in _s3.Objects("logs").WithPageSize(100).WithPrefetch())
        {
            // While the first item of the first page is in hand, the second page is asked for.
            o.Key.Should().Be(_sorted[0]);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Listings().Count < 2 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            break;
        }

        first.Key.Should().Be(_sorted.First(k => k.EndsWith("00.json", StringComparison.Ordinal)));
        Listings().Select(r => r.Parameter("ContinuationToken") is null).Should().Equal(true, false);
    }

    [Fact]
    public async Task The_degree_of_parallelism_is_checked()
    {
        var act = () => _s3.Objects("logs").WithDegreeOfParallelism(0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage(
            "The degree of parallelism is the number of requests the query may have in flight at once: from 1 (one at a time) to 64, not 0. (Parameter 'degreeOfParallelism')*");
        new[] { 1, 2, 3 }.AsQueryable().WithDegreeOfParallelism(4).Should().Equal(1, 2, 3);
    }

    private List<ServedRequest> Listings()
    {
        var requests = _server.Requests.For("s3", "ListObjectsV2", "logs").ToList();
        return requests;
    }
}
