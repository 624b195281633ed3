using Amazon.S3.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.S3;

/// <summary>
/// <c>s3.Objects(bucketNames)</c> at its edges: each query returns what LINQ-to-Objects returns over the buckets'
/// complete listings one after the other, and sends no request the single-bucket queries would not.
/// </summary>
public sealed class MultiBucketObjectEdgeTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public async Task An_upper_bound_met_in_a_buckets_first_prefix_ends_that_buckets_listing_before_its_next_prefix()
    {
        string[] keys = [.. LocalS3Fixture.Keys("a/", 10), .. LocalS3Fixture.Keys("b/", 10)];
        var alone = s3.Bucket(keys);
        var first = s3.Bucket(keys);
        var second = s3.Bucket(keys);

        var single = await s3.Client.Objects(alone)
            .Where(o => (o.Key.StartsWith("a/") || o.Key.StartsWith("b/")) && o.Key.CompareTo("a/0005") < 0).Select(o => o.Key).ToListAsync();
        var both = await s3.Client.Objects([first, second])
            .Where(o => (o.Key.StartsWith("a/") || o.Key.StartsWith("b/")) && o.Key.CompareTo("a/0005") < 0).Select(o => o.BucketName + ":" + o.Key).ToListAsync();

        single.Should().Equal(LocalS3Fixture.Keys("a/", 5));
        both.Should().Equal([.. single.Select(k => $"{first}:{k}"), .. single.Select(k => $"{second}:{k}")]);
        s3.Listings(alone).Should().ContainSingle("the bound is met under a/, so b/ is not listed");
        s3.Listings(first).Select(r => r.Parameter("Prefix")).Should().Equal(["a/"], "each bucket is asked what it would be asked alone");
        s3.Listings(second).Select(r => r.Parameter("Prefix")).Should().Equal(["a/"]);
    }

    [Fact]
    public async Task A_predicate_ORing_the_bucket_name_with_a_key_prefix_keeps_the_named_buckets_other_objects()
    {
        var first = s3.Bucket("a", "x1");
        var second = s3.Bucket("b", "x2");

        var listed = await s3.Client.Objects([first, second])
            .Where(o => o.BucketName == first || o.Key.StartsWith("x")).Select(o => o.BucketName + ":" + o.Key).ToListAsync();

        listed.Should().Equal($"{first}:a", $"{first}:x1", $"{second}:x2");
    }

    [Fact]
    public async Task A_bucket_picked_by_a_captured_variable_is_picked_again_when_the_variable_changes()
    {
        var first = s3.Bucket("a");
        var second = s3.Bucket("b");
        var wanted = first;
        var query = s3.Client.Objects([first, second]).Where(o => o.BucketName == wanted).Select(o => o.Key);

        var before = await query.ToListAsync();
        wanted = second;
        var after = await query.ToListAsync();

        before.Should().Equal("a");
        after.Should().Equal("b");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Operators_across_buckets_return_what_LINQ_to_Objects_returns(int parallelism)
    {
        var first = s3.Bucket(LocalS3Fixture.Keys("k", 25));
        var second = s3.Bucket(LocalS3Fixture.Keys("k", 5));
        var third = s3.Bucket(LocalS3Fixture.Keys("j", 12));
        string[] buckets = [first, second, third];
        var all = buckets.SelectMany(b => s3.Server.S3.ListAll(b).Select(o => $"{b}:{o.Key}")).ToList();
        var query = s3.Client.Objects(buckets).WithPageSize(10).WithDegreeOfParallelism(parallelism);
        var names = query.Select(o => o.BucketName + ":" + o.Key);

        (await names.ToListAsync()).Should().Equal(all);
        (await names.Skip(22).Take(6).ToListAsync()).Should().Equal(all.Skip(22).Take(6));
        (await names.Take(31).Skip(24).ToListAsync()).Should().Equal(all.Take(31).Skip(24));
        (await query.CountAsync()).Should().Be(all.Count);
        (await query.CountAsync(o => o.Key.StartsWith("j"))).Should().Be(12);
        (await query.Where(o => o.Key.StartsWith("j")).Select(o => o.BucketName + ":" + o.Key).FirstAsync()).Should().Be($"{third}:j0000");
        (await query.AnyAsync(o => o.BucketName == third && o.Key == "j0011")).Should().BeTrue();
        (await query.AnyAsync(o => o.BucketName == second && o.Key == "k0007")).Should().BeFalse();
        (await query.Where(o => o.Key.CompareTo("k0003") < 0).Select(o => o.BucketName + ":" + o.Key).ToListAsync())
            .Should().Equal(all.Where(n => string.CompareOrdinal(n[(n.IndexOf(':') + 1)..], "k0003") < 0));
        (await query.Where(o => o.Key.CompareTo("k0020") > 0).Select(o => o.BucketName + ":" + o.Key).ToListAsync())
            .Should().Equal(all.Where(n => string.CompareOrdinal(n[(n.IndexOf(':') + 1)..], "k0020") > 0));
        (await query.OrderByDescending(o => o.Key).ThenBy(o => o.BucketName).Select(o => o.BucketName + ":" + o.Key).Take(3).ToListAsync())
            .Should().Equal($"{first}:k0024", $"{first}:k0023", $"{first}:k0022");
        (await query.OrderBy(o => o.BucketName == third ? 0 : 1).Select(o => o.BucketName + ":" + o.Key).FirstAsync()).Should().Be($"{third}:j0000");
        (await query.Where(o => o.Key == "k0004").Select(o => o.BucketName).ToListAsync()).Should().Equal(first, second);
        (await query.Where(o => o.Key.StartsWith("k0001") || o.Key.StartsWith("j0001")).Select(o => o.BucketName + ":" + o.Key).ToListAsync())
            .Should().Equal(all.Where(n => n.Contains(":k0001", StringComparison.Ordinal) || n.Contains(":j0001", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_parallel_Take_over_several_large_buckets_returns_the_first_items_and_asks_no_bucket_past_them()
    {
        var first = s3.Bucket([.. LocalS3Fixture.Keys("a/", 900), .. LocalS3Fixture.Keys("b/", 900)]);
        var second = s3.Bucket(LocalS3Fixture.Keys("a/", 900));
        var third = s3.Bucket(LocalS3Fixture.Keys("c/", 50));
        var query = s3.Client.Objects([first, second, third]).WithPageSize(100);
        var sequential = await query.Select(o => o.BucketName + ":" + o.Key).ToListAsync();
        s3.Server.Requests.Clear();

        var taken = await query.WithDegreeOfParallelism(8).Take(1850).Select(o => o.BucketName + ":" + o.Key).ToListAsync();
        var bounded = await query.WithDegreeOfParallelism(8).Where(o => o.Key.CompareTo("a/0450") < 0 || o.Key.StartsWith("c/")).Select(o => o.BucketName + ":" + o.Key).ToListAsync();

        taken.Should().Equal(sequential.Take(1850));
        bounded.Should().Equal(sequential.Where(n => string.CompareOrdinal(n[(n.IndexOf(':') + 1)..], "a/0450") < 0 || n.Contains(":c/", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Reliability.FaultSeeds.All), MemberType = typeof(Reliability.FaultSeeds))]
    public async Task Transient_faults_in_a_parallel_listing_of_several_buckets_drop_and_repeat_nothing(int seed)
    {
        await using var server = await LocalAwsServer.StartAsync(new LocalAwsOptions { Seed = seed });
        string[] buckets = ["one", "two", "three"];
        var expected = new List<string>();
        foreach (var (bucket, i) in buckets.Select((b, i) => (b, i)))
        {
            server.S3.CreateBucket(bucket);
            var keys = Enumerable.Range(0, 3000 * (i + 1)).Select(n => $"k/{n % 5}/{n:D6}").Order(StringComparer.Ordinal).ToArray();
            server.S3.SeedObjects(bucket, keys.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
            expected.AddRange(keys.Select(k => $"{bucket}:{k}"));
        }

        server.S3.Faults.Add("ListObjectsV2", LocalFault.InternalError, rate: 0.1);
        server.S3.Faults.Add("ListObjectsV2", LocalFault.DropAfterActing, rate: 0.05);
        using var client = server.CreateS3Client();
        var policy = new ListingPolicy { MaxPageAttempts = 20, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };

        var listed = await client.Objects(buckets).WithListingPolicy(policy).WithDegreeOfParallelism(8).Select(o => o.BucketName + ":" + o.Key).ToListAsync();

        listed.Should().Equal(expected, $"seed {seed}");
    }

    [Theory]
    [MemberData(nameof(Reliability.FaultSeeds.All), MemberType = typeof(Reliability.FaultSeeds))]
    public async Task A_parallel_delete_over_several_buckets_under_transient_faults_accounts_for_every_key_with_its_bucket(int seed)
    {
        await using var server = await LocalAwsServer.StartAsync(new LocalAwsOptions { Seed = seed, Faults = Reliability.TransientFaults.On("s3", "ListObjectsV2", "DeleteObjects") });
        var selected = new List<string>();
        foreach (var (bucket, count) in new[] { ("one", 2500), ("two", 10), ("three", 1700) })
        {
            server.S3.CreateBucket(bucket);
            var keys = Enumerable.Range(0, count).Select(n => $"d/{n:D5}").ToArray();
            server.S3.SeedObjects(bucket, keys.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
            selected.AddRange(keys.Select(k => $"{bucket}/{k}"));
        }

        using var client = server.CreateS3Client();
        var result = await client.Objects(["one", "two", "three"]).WithListingPolicy(Reliability.TransientFaults.Policy).WithDegreeOfParallelism(8).DeleteAllAsync();

        var left = new[] { "one", "two", "three" }.SelectMany(b => server.S3.ListAll(b).Select(o => $"{b}/{o.Key}")).ToHashSet(StringComparer.Ordinal);
        Reliability.BatchInvariants.ShouldAccountFor(result, selected, left, seed);
    }

    [Fact]
    public async Task An_interrupted_listing_of_several_buckets_names_the_bucket_that_failed()
    {
        var first = s3.Bucket(LocalS3Fixture.Keys("k", 5));
        var second = s3.Bucket(LocalS3Fixture.Keys("k", 30));
        var read = new List<string>();
        var policy = new ListingPolicy { MaxPageAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };

        var act = async () =>
        {
            await foreach (var o in s3.Client.Objects([first, second]).WithPageSize(10).WithListingPolicy(policy))
            {
                read.Add(o.BucketName + ":" + o.Key);
                if (read.Count == 15)
                {
                    s3.Server.S3.Faults.Add("ListObjectsV2", LocalFault.InternalError);
                }
            }
        };

        try
        {
            var error = (await act.Should().ThrowAsync<ListingInterruptedException>()).Which;
            (error.ItemsRead, error.ResumeAfter, error.Page).Should().Be((15L, null, 2));
            error.Message.Should().Contain($"bucket '{second}'", "the page number counts within that bucket's listing, which the message must name");
            error.Message.Should().NotContain("CompareTo");
        }
        finally
        {
            s3.Server.S3.Faults.Reset();
        }
    }

    [Fact]
    public async Task DeleteAllAsync_with_a_Take_spanning_buckets_in_parallel_deletes_exactly_the_first_items()
    {
        var first = s3.Bucket(LocalS3Fixture.Keys("k", 1200));
        var second = s3.Bucket(LocalS3Fixture.Keys("k", 1200));
        var third = s3.Bucket(LocalS3Fixture.Keys("k", 10));

        var result = await s3.Client.Objects([first, second, third]).WithDegreeOfParallelism(4).Take(1500).DeleteAllAsync();

        // (Calls in parallel report in the order they end.)
        result.Succeeded.Should().BeEquivalentTo([.. LocalS3Fixture.Keys("k", 1200).Select(k => $"{first}/{k}"), .. LocalS3Fixture.Keys("k", 300).Select(k => $"{second}/{k}")]);
        (result.Selected, result.AllSucceeded).Should().Be((1500, true));
        s3.Server.S3.ListAll(first).Should().BeEmpty();
        s3.Server.S3.ListAll(second).Select(o => o.Key).Should().Equal(LocalS3Fixture.Keys("k", 1200).Skip(300));
        s3.Server.S3.ListAll(third).Should().HaveCount(10);
        s3.Server.Requests.For("s3", "DeleteObjects", third).Should().BeEmpty();
    }

    [Fact]
    public async Task A_parallel_Take_filled_by_the_first_buckets_does_not_ask_a_bucket_past_them()
    {
        var first = s3.Bucket(LocalS3Fixture.Keys("k", 1200));
        var second = s3.Bucket(LocalS3Fixture.Keys("k", 1200));
        var third = s3.Bucket(LocalS3Fixture.Keys("k", 10));

        var taken = await s3.Client.Objects([first, second, third]).WithDegreeOfParallelism(4).Take(1500).Select(o => o.BucketName + ":" + o.Key).ToListAsync();

        taken.Should().Equal([.. LocalS3Fixture.Keys("k", 1200).Select(k => $"{first}:{k}"), .. LocalS3Fixture.Keys("k", 300).Select(k => $"{second}:{k}")]);
        s3.Listings(third).Should().BeEmpty("the sequential queries of the buckets one by one never reach it");
    }

    [Fact]
    public async Task DeleteAllAsync_on_a_bucket_picked_by_name_and_the_dry_run_name_each_key_with_its_bucket()
    {
        var first = s3.Bucket("x", "y");
        var second = s3.Bucket("x", "z");

        var dry = await s3.Client.Objects([first, second]).Where(o => o.BucketName != first).Take(5).DeleteAllAsync(new BatchOptions { DryRun = true });
        var result = await s3.Client.Objects([first, second]).Where(o => o.BucketName == second && o.Key != "z").DeleteAllAsync();

        dry.Succeeded.Should().Equal($"{second}/x", $"{second}/z");
        result.Succeeded.Should().Equal($"{second}/x");
        s3.Server.S3.ListAll(first).Should().HaveCount(2);
        s3.Server.S3.ListAll(second).Select(o => o.Key).Should().Equal("z");
        s3.Listings(first).Should().BeEmpty();
    }

    [Fact]
    public async Task Cancelled_in_the_middle_of_the_second_bucket_the_query_stops_where_that_bucket_alone_would()
    {
        var first = s3.Bucket(LocalS3Fixture.Keys("k", 20));
        var second = s3.Bucket(LocalS3Fixture.Keys("k", 40));
        var third = s3.Bucket(LocalS3Fixture.Keys("k", 5));

        var alone = await ReadUntilCancelled(s3.Client.Objects(second).WithPageSize(10), 5);
        var read = await ReadUntilCancelled(s3.Client.Objects([first, second, third]).WithPageSize(10), 25);

        read.Should().Equal([.. LocalS3Fixture.Keys("k", 20).Select(k => $"{first}:{k}"), .. alone]);
        s3.Listings(third).Should().BeEmpty();
    }

    private static async Task<List<string>> ReadUntilCancelled(IAwsQueryable<S3Object> query, int count)
    {
        using var cancel = new CancellationTokenSource();
        var read = new List<string>();
        var act = async () =>
        {
            await foreach (var o in query.AsAsyncEnumerable().WithCancellation(cancel.Token))
            {
                read.Add(o.BucketName + ":" + o.Key);
                if (read.Count == count)
                {
                    await cancel.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        return read;
    }

    [Fact]
    public void Explain_of_a_bucket_predicate_says_it_picks_the_buckets_and_lists_only_the_picked_ones()
    {
        var query = s3.Client.Objects(["logs", "media", "backup"]).Where(o => o.BucketName != "media" && o.Key.StartsWith("2026/"));

        var explanation = query.Explain();

        explanation.Requests.Select(r => r["Bucket"]).Should().Equal("logs", "backup");
        explanation.InMemory.Should().BeEmpty();
        explanation.ToString().Should().Contain("'logs', 'media', 'backup'");
    }
}
