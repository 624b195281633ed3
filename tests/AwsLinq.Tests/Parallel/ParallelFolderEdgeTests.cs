using System.Text;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Parallel;

/// <summary>
/// Adversarial checks of the folder cuts of parallel listings read whole: against LocalAws, whatever the keys, the
/// bounds, the page size and the parallelism, the items and their order are those of LINQ to Objects over the whole
/// bucket; a batch delete over folders deletes every key once.
/// </summary>
public sealed class ParallelFolderEdgeTests : IAsyncLifetime
{
    // Characters that sort around the delimiter and at the ends of UTF-8's order.
    private static readonly string[] Alphabet = ["/", "/", "/", ".", "0", "-", "a", "b", "\u00e9", "\U0001F600", "\U0010FFFF", "\uFFFD"];

    private LocalAwsServer _server = null!;
    private Amazon.S3.AmazonS3Client _s3 = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalAwsServer.StartAsync(new LocalAwsOptions { Latency = TimeSpan.Zero, Seed = 5 });
        _s3 = _server.CreateS3Client();
    }

    public async Task DisposeAsync()
    {
        _s3.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public async Task Random_keys_bounds_page_sizes_and_parallelism_give_the_keys_of_LINQ_to_Objects_in_order(int seed)
    {
        var random = new Random(seed);
        var keys = RandomKeys(random, 150 + random.Next(400));
        var bucket = Bucket($"random-{seed}", keys);
        var all = keys.Order(Utf8Comparer.Instance).ToList();

        for (var round = 0; round < 12; round++)
        {
            var pageSize = random.Next(4) == 0 ? 1 + random.Next(3) : 1 + random.Next(40);
            var parallelism = new[] { 2, 3, 4, 8, 16, 64 }[random.Next(6)];
            var pick = all[random.Next(all.Count)];
            var cut = pick[..Cut(random, pick)];
            var query = _s3.Objects(bucket).WithPageSize(pageSize).WithDegreeOfParallelism(parallelism);
            IReadOnlyList<string> expected;
            string shape;
            switch (random.Next(4))
            {
                case 0:
                    expected = all;
                    shape = "all";
                    break;
                case 1:
                    query = query.Where(o => o.Key.StartsWith(cut));
                    expected = [.. all.Where(k => k.StartsWith(cut, StringComparison.Ordinal))];
                    shape = $"StartsWith({Show(cut)})";
                    break;
                case 2:
                    query = query.Where(o => o.Key.CompareTo(pick) > 0);
                    expected = [.. all.Where(k => Utf8Comparer.Instance.Compare(k, pick) > 0)];
                    shape = $"Key > {Show(pick)}";
                    break;
                default:
                    query = query.Where(o => o.Key.StartsWith(cut) && o.Key.CompareTo(pick) >= 0);
                    expected = [.. all.Where(k => k.StartsWith(cut, StringComparison.Ordinal) && Utf8Comparer.Instance.Compare(k, pick) >= 0)];
                    shape = $"StartsWith({Show(cut)}) && Key >= {Show(pick)}";
                    break;
            }

            var what = $"seed {seed}, round {round}: {shape}, page size {pageSize}, parallelism {parallelism}";
            _server.Requests.Clear();

            // A listing that never ends fails the test instead of hanging it.
            using var hang = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            List<string> listed;
            try
            {
                listed = await query.Select(o => o.Key).ToListAsync(hang.Token);
            }
            catch (OperationCanceledException) when (hang.IsCancellationRequested)
            {
                throw new InvalidOperationException($"{what}: the listing did not end after {_server.Requests.For("s3", "ListObjectsV2", bucket).Count} requests");
            }

            listed.Should().Equal(expected, what);
        }
    }

    [Fact]
    public async Task A_listing_whose_first_worker_finds_folders_at_once_ends_with_its_keys()
    {
        // The first worker starts cutting folders while the constructor still starts the others: it must not see the
        // workers half made. Many listings of many workers make that window likely to be hit.
        string[] keys = ["a/1", "a/2", "b/1", "c"];
        var bucket = Bucket("first-worker", keys);

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        for (var attempt = 0; attempt < 500 && failures.IsEmpty; attempt++)
        {
            // A few listings at once on two cores: the constructor is more often descheduled while it starts workers.
            await Task.WhenAll(Enumerable.Range(0, 4).Select(async one =>
            {
                using var hang = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                try
                {
                    var listed = await _s3.Objects(bucket).WithDegreeOfParallelism(64).Select(o => o.Key).ToListAsync(hang.Token);
                    listed.Should().Equal(keys);
                }
                catch (Exception e) when (e is OperationCanceledException or NullReferenceException)
                {
                    failures.Add($"attempt {attempt}.{one}: {e.GetType().Name}{(hang.IsCancellationRequested ? " (the listing hung)" : "")}");
                }
            }));
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task A_listing_that_starts_after_a_key_inside_a_folder_is_still_cut_at_its_folders()
    {
        // S3 answers a level that starts inside a folder with that folder as its first common prefix.
        var keys = Enumerable.Range(0, 4_000).Select(i => $"e/{i / 500:D2}/{(i / 50) % 10:D2}/{i:D5}").ToArray();
        var bucket = Bucket("after-inside", keys);
        var after = keys[10];

        var listed = await _s3.Objects(bucket).Where(o => o.Key.CompareTo(after) > 0).WithPageSize(20).WithDegreeOfParallelism(8).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(keys.Skip(11));
        var levels = _server.Requests.For("s3", "ListObjectsV2", bucket).Where(r => r.Parameter("Delimiter") == "/").Select(r => r.Parameter("Prefix")).ToList();
        levels.Should().Contain("e/", "the root level's only folder, e/, is listed level by level as it is without the bound");
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(8, 3)]
    [InlineData(64, 1000)]
    public async Task Folders_with_empty_names_markers_and_keys_ending_with_the_delimiter_give_the_keys_in_order(int parallelism, int pageSize)
    {
        string[] keys =
        [
            "/", "//", "///x", "/a", "a", "a/", "a//", "a//b", "a//b/", "a///", "a/./", "a/.", "a/0", "a/0/", "a/0//",
            "a/\U0010FFFF", "a/\U0010FFFF/", "a/\U0010FFFF/\U0010FFFF", "a/\U0001F600/", "a/\uFFFF/", "a.", "a.\U0010FFFF", "a0", "b//", "b//c//d//e",
        ];
        var bucket = Bucket($"empty-{parallelism}-{pageSize}", keys);

        var listed = await _s3.Objects(bucket).WithPageSize(pageSize).WithDegreeOfParallelism(parallelism).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(keys.Order(Utf8Comparer.Instance));
        _server.Requests.For("s3", "ListObjectsV2", bucket).Should().Contain(r => r.Parameter("Delimiter") == "/");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(16)]
    public async Task Keys_near_the_longest_S3_key_under_folders_give_the_keys_in_order(int parallelism)
    {
        var deep = new string('d', 1018) + "/";
        string[] keys =
        [
            .. Enumerable.Range(0, 30).Select(i => $"{deep}{i:D2}"[..Math.Min(1024, deep.Length + 2)]),
            .. Enumerable.Range(0, 30).Select(i => $"{new string('e', 1020)}/{i:D3}"),
            .. Enumerable.Range(0, 30).Select(i => $"f/{i:D2}/" + new string('z', 1000)),
            "f/" + new string('y', 1019) + "/",
            "g",
        ];
        var bucket = Bucket($"long-{parallelism}", keys);

        var listed = await _s3.Objects(bucket).WithPageSize(7).WithDegreeOfParallelism(parallelism).Select(o => o.Key).ToListAsync();

        keys.Should().OnlyContain(k => Encoding.UTF8.GetByteCount(k) <= 1024);
        listed.Should().Equal(keys.Distinct().Order(Utf8Comparer.Instance));
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(4, 3)]
    [InlineData(16, 10)]
    public async Task A_level_of_exactly_a_page_and_levels_cut_after_a_folder_or_an_item_give_the_keys_in_order(int parallelism, int pageSize)
    {
        // Levels of exactly the page size, one more, one less; the last entry of a page a folder, then an item.
        string[] keys =
        [
            .. Enumerable.Range(0, pageSize).Select(i => $"p/{i:D2}/x"),
            .. Enumerable.Range(0, pageSize + 1).Select(i => $"q/{i:D2}"),
            .. Enumerable.Range(0, pageSize).SelectMany(i => new[] { $"r/{i:D2}", $"r/{i:D2}/k" }),
            .. Enumerable.Range(0, (2 * pageSize) + 1).Select(i => i % 2 == 0 ? $"s/{i:D2}/k" : $"s/{i:D2}"),
        ];
        var bucket = Bucket($"exact-{parallelism}-{pageSize}", keys);

        var listed = await _s3.Objects(bucket).WithPageSize(pageSize).WithDegreeOfParallelism(parallelism).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(keys.Order(Utf8Comparer.Instance));
    }

    [Fact]
    public async Task One_huge_folder_among_many_tiny_ones_gives_the_keys_in_order_with_requests_bounded()
    {
        string[] keys =
        [
            .. Enumerable.Range(0, 300).SelectMany(i => new[] { $"t/{i:D3}/a", $"t/{i:D3}.x" }),
            .. Enumerable.Range(0, 6_000).Select(i => $"t/150a/{i:D5}"),
        ];
        var bucket = Bucket("huge", keys);

        var listed = await _s3.Objects(bucket).WithPageSize(100).WithDegreeOfParallelism(4).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(keys.Order(Utf8Comparer.Instance));
        _server.Requests.For("s3", "ListObjectsV2", bucket).Should().HaveCountLessThan(150, "6,600 keys are 66 pages; the levels, runs and splits cost a few more");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public async Task ORed_prefixes_over_folders_give_the_keys_of_LINQ_to_Objects(int parallelism)
    {
        var keys = RandomKeys(new Random(42), 400);
        var bucket = Bucket($"ored-{parallelism}", keys);

        var listed = await _s3.Objects(bucket).Where(o => o.Key.StartsWith("a/") || o.Key.StartsWith("a/b") || o.Key.StartsWith("/") || o.Key.StartsWith("b"))
            .WithPageSize(5).WithDegreeOfParallelism(parallelism).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(keys.Where(k => k.StartsWith("a/", StringComparison.Ordinal) || k.StartsWith('/') || k.StartsWith('b')).Order(Utf8Comparer.Instance));
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(8, 1000)]
    [InlineData(32, 2)]
    public async Task A_parallel_delete_over_folders_deletes_every_key_once(int parallelism, int pageSize)
    {
        var keys = RandomKeys(new Random(parallelism), 700);
        var bucket = Bucket($"delete-{parallelism}", keys);

        var result = await _s3.Objects(bucket).WithPageSize(pageSize).WithDegreeOfParallelism(parallelism).DeleteAllAsync();

        result.Failed.Should().BeEmpty();
        result.Succeeded.Should().HaveCount(keys.Length).And.OnlyHaveUniqueItems();
        result.Succeeded.ToHashSet(StringComparer.Ordinal).SetEquals(keys).Should().BeTrue();
        _server.S3.ListAll(bucket).Should().BeEmpty();
        var deleted = _server.Requests.For("s3", "DeleteObjects", bucket);
        deleted.Should().NotBeEmpty();
        _server.Requests.For("s3", "ListObjectsV2", bucket).Should().Contain(r => r.Parameter("Delimiter") == "/");
    }

    [Theory]
    [InlineData("throttling")]
    [InlineData("internal-error")]
    [InlineData("drop-before")]
    [InlineData("keys-out-of-order")]
    [InlineData("empty-next-token")]
    [InlineData("truncated-without-token")]
    [InlineData("repeated-token")]
    public async Task A_fault_on_the_first_level_still_gives_the_keys_in_order(string fault)
    {
        var keys = RandomKeys(new Random(7), 500);
        var bucket = Bucket($"fault-{fault}", keys);
        _server.S3.Faults.Add("ListObjectsV2", LocalFault.Parse(fault), times: 1);
        try
        {
            var listed = await _s3.Objects(bucket).WithListingPolicy(Reliability.TransientFaults.Policy).WithPageSize(10).WithDegreeOfParallelism(8).Select(o => o.Key).ToListAsync();

            listed.Should().Equal(keys.Order(Utf8Comparer.Instance));
            _server.Requests.For("s3", "ListObjectsV2", bucket)[0].Parameter("Delimiter").Should().Be("/", "the fault hit the first level");
        }
        finally
        {
            _server.S3.Faults.Reset();
        }
    }

    [Fact]
    public async Task A_listing_cancelled_while_its_folders_are_found_ends_with_a_cancellation()
    {
        var keys = RandomKeys(new Random(9), 500);
        var bucket = Bucket("cancel", keys);
        _server.S3.Faults.Add("ListObjectsV2", LocalFault.Delay(TimeSpan.FromMilliseconds(300)));
        try
        {
            using var cancel = new CancellationTokenSource();
            var listing = _s3.Objects(bucket).WithPageSize(10).WithDegreeOfParallelism(8).Select(o => o.Key).ToListAsync(cancel.Token);
            await Eventually.Holds(() => _server.Requests.For("s3", "ListObjectsV2", bucket).Any(r => r.Parameter("Delimiter") == "/"), "a level was asked for");
            await cancel.CancelAsync();

            await listing.Invoking(async l => await l).Should().ThrowAsync<OperationCanceledException>();
        }
        finally
        {
            _server.S3.Faults.Reset();
        }
    }

    private string Bucket(string name, IEnumerable<string> keys)
    {
        _server.S3.CreateBucket(name);
        _server.S3.SeedObjects(name, keys.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
        return name;
    }

    // Keys of a few segments each, folders of every size; a fifth of them share a long run of folders.
    private static string[] RandomKeys(Random random, int count)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (keys.Count < count)
        {
            var key = new StringBuilder();
            var parts = 1 + random.Next(5);
            for (var part = 0; part < parts; part++)
            {
                var length = random.Next(3);
                for (var i = 0; i < length; i++)
                {
                    key.Append(Alphabet[3 + random.Next(Alphabet.Length - 3)]);
                }

                if (part < parts - 1 || random.Next(5) == 0)
                {
                    key.Append('/');
                }
            }

            if (random.Next(5) == 0)
            {
                key.Insert(0, $"run/{random.Next(80):D2}/");
            }

            if (key.Length > 0)
            {
                keys.Add(key.ToString());
            }
        }

        return [.. keys];
    }

    // A place to cut a key at that does not split a surrogate pair.
    private static int Cut(Random random, string key)
    {
        var at = random.Next(key.Length + 1);
        return at > 0 && at < key.Length && char.IsLowSurrogate(key[at]) ? at - 1 : at;
    }

    private static string Show(string key) => string.Concat(key.EnumerateRunes().Select(r => r.Value < 128 ? r.ToString() : $"\\u{r.Value:X}"));
}
