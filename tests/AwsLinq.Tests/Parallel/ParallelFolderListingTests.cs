using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Parallel;

/// <summary>
/// A parallel listing read whole is first cut where its folders part (<c>Delimiter=/</c> listings, level by level):
/// against LocalAws, the items and their order are still those of the sequential listing, whatever the folders look
/// like, and the requests are those the folders call for.
/// </summary>
public sealed class ParallelFolderListingTests : IAsyncLifetime
{
    // A data lake's layout: a folder per month and day, 250 parts a day, 3 pages of 100 each.
    private static readonly string[] DayKeys =
        [.. Enumerable.Range(0, 20_000).Select(i => $"events/2026/{1 + (i / 2_500):D2}/{1 + ((i / 250) % 10):D2}/part-{i:D6}.parquet")];

    // Keys that make folders hard to cut: objects beside folders at every level, folder markers (a key that is a
    // folder's prefix), names that sort just before and after the delimiter, characters past the BMP and U+10FFFF
    // right after a folder's prefix, and levels with more entries than a page.
    private static readonly string[] HardKeys =
    [
        "a", "a.txt", "a/", "a/x", "a/x/1", "a/x/2", "a/y", "a0", "a-b/c", "a~", "b/\U0010FFFF", "b/\U0010FFFFz", "b/c", "b0",
        "c/\U0001F600/1", "c/\U0001F600/2", "c/\u00e9/1", "c/d", "z",
        .. Enumerable.Range(0, 60).SelectMany(i => new[] { $"many/{i:D2}/", $"many/{i:D2}/k", $"many/{i:D2}.txt", $"many/{i:D2}/sub/{i}" }),
        .. Enumerable.Range(0, 300).Select(i => $"flat/{i:D4}"),
        .. Enumerable.Range(0, 40).Select(i => $"wide/{i:D3}/only"),
    ];

    private LocalAwsServer _server = null!;
    private Amazon.S3.AmazonS3Client _s3 = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalAwsServer.StartAsync(new LocalAwsOptions { Latency = TimeSpan.FromMilliseconds(1), Seed = 3 });
        _server.S3.CreateBucket("days");
        _server.S3.SeedObjects("days", DayKeys.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
        _server.S3.CreateBucket("hard");
        _server.S3.SeedObjects("hard", HardKeys.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
        _server.S3.CreateBucket("flat");
        _server.S3.SeedObjects("flat", Enumerable.Range(0, 5_000).Select(i => new LocalS3Object($"data/{i}", 1, DateTimeOffset.UnixEpoch)));
        _s3 = _server.CreateS3Client();
    }

    public async Task DisposeAsync()
    {
        _s3.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Day_folders_are_listed_one_range_each_with_no_request_more_than_their_pages_and_the_levels()
    {
        var listed = await _s3.Objects("days").WithPageSize(100).WithDegreeOfParallelism(16).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(DayKeys.Order(Utf8Comparer.Instance));
        var requests = Requests("days");
        var levels = requests.Where(r => r.Parameter("Delimiter") == "/").ToList();
        levels.Select(r => r.Parameter("Prefix")).Should().BeEquivalentTo(
            [null, "events/", "events/2026/", .. Enumerable.Range(1, 8).Select(m => $"events/2026/{m:D2}/")],
            "levels are listed until there are a few folders per worker: the root, events/, 2026/ and its 8 months");
        var days = requests.Except(levels).ToList();
        days.Should().OnlyContain(r => r.Parameter("StartAfter") == null, "a folder's range starts at its prefix and ends where its keys do");
        days.GroupBy(r => r.Parameter("Prefix")).Should().HaveCount(80).And.OnlyContain(day => day.Count() == 3, "250 keys a day are 3 pages of 100");
    }

    [Theory]
    [InlineData(2, 7)]
    [InlineData(4, 10)]
    [InlineData(16, 10)]
    [InlineData(16, 1000)]
    [InlineData(64, 3)]
    public async Task Folders_of_any_shape_give_the_keys_of_the_sequential_listing_in_order(int parallelism, int pageSize)
    {
        var sequential = await _s3.Objects("hard").WithPageSize(pageSize).Select(o => o.Key).ToListAsync();
        _server.Requests.Clear();

        var listed = await _s3.Objects("hard").WithPageSize(pageSize).WithDegreeOfParallelism(parallelism).Select(o => o.Key).ToListAsync();

        sequential.Should().Equal(HardKeys.Order(Utf8Comparer.Instance));
        listed.Should().Equal(sequential);
        Requests("hard").Should().Contain(r => r.Parameter("Delimiter") == "/");
    }

    [Theory]
    [InlineData("a/x")]
    [InlineData("a/")]
    [InlineData("b/\U0010FFFF")]
    [InlineData("many/30")]
    [InlineData("many/30/")]
    public async Task A_listing_that_starts_after_a_key_starts_its_folders_there(string after)
    {
        var listed = await _s3.Objects("hard").Where(o => o.Key.CompareTo(after) > 0).WithPageSize(10).WithDegreeOfParallelism(8).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(HardKeys.Where(k => Utf8Comparer.Instance.Compare(k, after) > 0).Order(Utf8Comparer.Instance));
        Requests("hard").Should().OnlyContain(r => Utf8Comparer.Instance.Compare(r.Parameter("StartAfter") ?? r.Parameter("Prefix"), after) >= 0);
    }

    [Fact]
    public async Task Many_small_folders_are_listed_in_runs_so_that_they_cost_few_requests_more_than_their_pages()
    {
        // 60 folders under many/ and 40 under wide/, each of a key or two, for 2 workers: runs of folders, not a request each.
        var listed = await _s3.Objects("hard").Where(o => o.Key.StartsWith("many/") || o.Key.StartsWith("wide/")).WithDegreeOfParallelism(2).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(HardKeys.Where(k => k.StartsWith("many/", StringComparison.Ordinal) || k.StartsWith("wide/", StringComparison.Ordinal)).Order(Utf8Comparer.Instance));
        var requests = Requests("hard");
        requests.Where(r => r.Parameter("Delimiter") is null).Should().HaveCountLessThanOrEqualTo(2 * 4 * 2, "a few runs a worker, each a page or two");
    }

    [Fact]
    public async Task A_flat_listing_uses_the_page_of_its_level_as_its_first_page()
    {
        var sequential = await _s3.Objects("flat").WithPageSize(100).Select(o => o.Key).ToListAsync();
        var sequentialRequests = Requests("flat").Count;
        _server.Requests.Clear();

        var listed = await _s3.Objects("flat").WithPageSize(100).WithDegreeOfParallelism(4).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(sequential);
        var requests = Requests("flat");
        requests.Where(r => r.Parameter("Delimiter") == "/").Select(r => r.Parameter("Prefix")).Should().Equal([null, "data/"], "data/ holds no folders: its first page is its first 100 keys");
        requests.Should().HaveCountLessThan(sequentialRequests + 20, "the splits cost a few requests where ranges meet");
    }

    [Fact]
    public async Task A_query_that_may_stop_early_lists_no_folders()
    {
        var first = await _s3.Objects("days").WithDegreeOfParallelism(16).Take(5).Select(o => o.Key).ToListAsync();
        await _s3.Objects("days").WithDegreeOfParallelism(16).FirstAsync(o => o.Key.EndsWith("9.parquet"));

        first.Should().Equal(DayKeys.Order(Utf8Comparer.Instance).Take(5));
        Requests("days").Should().OnlyContain(r => r.Parameter("Delimiter") == null);
    }

    private List<ServedRequest> Requests(string bucket) => [.. _server.Requests.For("s3", "ListObjectsV2", bucket)];
}
