using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace AwsLinq.Tests.S3;

/// <summary>
/// <c>s3.Objects(bucketNames)</c> against LocalAws: the result is LINQ-to-Objects over the buckets' listings one
/// after the other, every bucket is asked only what it would be asked alone, and batch actions call each bucket for
/// its own objects.
/// </summary>
public sealed class MultiBucketObjectTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public async Task The_buckets_are_listed_in_the_order_given_each_in_key_order_and_each_object_names_its_bucket()
    {
        var first = s3.Bucket("b/2", "a/1", "c/3");
        var second = s3.Bucket("z", "a/1", "m");
        var third = s3.Bucket();

        var listed = await s3.Client.Objects([second, third, first]).WithPageSize(2).ToListAsync();

        listed.Select(o => (o.BucketName, o.Key)).Should().Equal(
            (second, "a/1"), (second, "m"), (second, "z"), (first, "a/1"), (first, "b/2"), (first, "c/3"));
        s3.Listings(second).Should().HaveCount(2);
        s3.Listings(third).Should().ContainSingle();
        s3.Listings(first).Should().HaveCount(2);
    }

    [Fact]
    public async Task Key_predicates_are_sent_to_every_bucket_and_the_rest_is_checked_in_memory()
    {
        var first = s3.Bucket(LocalS3Fixture.Keys("logs/", 30));
        var second = s3.Bucket([.. LocalS3Fixture.Keys("logs/", 12), .. LocalS3Fixture.Keys("media/", 5)]);

        var listed = await s3.Client.Objects([first, second])
            .Where(o => o.Key.StartsWith("logs/") && o.Size >= 100)
            .Select(o => o.BucketName + ":" + o.Key)
            .ToListAsync();

        listed.Should().Equal([
            .. LocalS3Fixture.Keys("logs/", 30).Skip(10).Select(k => $"{first}:{k}"),
            .. LocalS3Fixture.Keys("logs/", 12).Skip(10).Select(k => $"{second}:{k}")]);
        s3.Listings(first).Concat(s3.Listings(second)).Should().HaveCount(2).And.OnlyContain(r => r.Parameter("Prefix") == "logs/");
    }

    [Fact]
    public async Task A_predicate_on_the_bucket_name_alone_picks_the_buckets_asked()
    {
        var first = s3.Bucket("a", "b");
        var second = s3.Bucket("c");
        var third = s3.Bucket("d", "e");
        string[] wanted = [third, first];

        var picked = await s3.Client.Objects([first, second, third]).Where(o => wanted.Contains(o.BucketName)).Select(o => o.Key).ToListAsync();
        var none = await s3.Client.Objects([first, second]).Where(o => o.BucketName == third).ToListAsync();

        // In the order the query gives the buckets, not the order of the predicate's list.
        picked.Should().Equal("a", "b", "d", "e");
        none.Should().BeEmpty();
        s3.Listings(second).Should().BeEmpty();
        s3.Listings(first).Should().ContainSingle();
        s3.Listings(third).Should().ContainSingle();
        s3.Client.Objects([first, second]).Where(o => o.BucketName != first).Explain().Requests.Should().ContainSingle()
            .Which["Bucket"].Should().Be(second);
    }

    [Fact]
    public async Task A_bucket_predicate_with_a_string_method_runs_in_memory_over_every_bucket()
    {
        var first = s3.Bucket("a");
        var second = s3.Bucket("b");

        var suffix = second[^2..];
        var listed = await s3.Client.Objects([first, second]).Where(o => o.BucketName.EndsWith(suffix)).Select(o => o.Key).ToListAsync();

        listed.Should().Equal("b");
        s3.Listings(first).Should().ContainSingle("only equality and membership pick buckets; a string method is checked per object");
        s3.Listings(second).Should().ContainSingle();
    }

    [Fact]
    public async Task An_upper_key_bound_ends_each_buckets_listing_not_the_query()
    {
        var first = s3.Bucket(LocalS3Fixture.Keys("k", 50));
        var second = s3.Bucket(LocalS3Fixture.Keys("k", 50));

        var query = s3.Client.Objects([first, second]).Where(o => o.Key.CompareTo("k0015") < 0).WithPageSize(10);
        var listed = await query.Select(o => o.BucketName + ":" + o.Key).ToListAsync();

        listed.Should().Equal([.. LocalS3Fixture.Keys("k", 15).Select(k => $"{first}:{k}"), .. LocalS3Fixture.Keys("k", 15).Select(k => $"{second}:{k}")]);
        s3.Listings(first).Should().HaveCount(2, "the second page holds the bound");
        s3.Listings(second).Should().HaveCount(2);
        query.Explain().ToString().Should().Contain("each listing at its first item where");
    }

    [Fact]
    public async Task Take_stops_the_query_and_a_bucket_it_does_not_reach_is_not_asked()
    {
        var first = s3.Bucket(LocalS3Fixture.Keys("k", 5));
        var second = s3.Bucket(LocalS3Fixture.Keys("k", 5));
        var third = s3.Bucket(LocalS3Fixture.Keys("k", 5));

        var three = await s3.Client.Objects([first, second, third]).Take(3).Select(o => o.Key).ToListAsync();
        var seven = await s3.Client.Objects([first, second, third]).Take(7).Select(o => o.BucketName + ":" + o.Key).ToListAsync();

        three.Should().Equal("k0000", "k0001", "k0002");
        seven.Should().Equal([.. LocalS3Fixture.Keys("k", 5).Select(k => $"{first}:{k}"), $"{second}:k0000", $"{second}:k0001"]);
        s3.Listings(first).Select(r => r.Parameter("MaxKeys")).Should().Equal("3", "7");
        s3.Listings(second).Should().ContainSingle();
        s3.Listings(third).Should().BeEmpty();
    }

    [Fact]
    public async Task The_same_key_in_two_buckets_is_two_objects_and_OrderBy_key_sorts_across_buckets()
    {
        var first = s3.Bucket("b", "d");
        var second = s3.Bucket("a", "b", "c");

        var both = await s3.Client.Objects([first, second]).Where(o => o.Key == "b").Select(o => o.BucketName).ToListAsync();
        var sorted = await s3.Client.Objects([first, second]).OrderBy(o => o.Key).ThenBy(o => o.BucketName).Select(o => o.Key).ToListAsync();
        var first2 = await s3.Client.Objects([first, second]).OrderBy(o => o.Key).Select(o => o.Key).FirstAsync();

        both.Should().Equal(first, second);
        sorted.Should().Equal("a", "b", "b", "c", "d");
        first2.Should().Be("a");
    }

    [Fact]
    public async Task One_bucket_in_a_list_is_the_query_over_that_bucket()
    {
        var bucket = s3.Bucket("a", "b", "c");
        var single = s3.Client.Objects([bucket]);

        (await single.OrderBy(o => o.Key).Take(2).Select(o => o.Key).ToListAsync()).Should().Equal("a", "b");
        single.Explain().ToString().Should().Be(s3.Client.Objects(bucket).Explain().ToString());
        (await single.DeleteAllAsync(new BatchOptions { DryRun = true })).Succeeded.Should().Equal("a", "b", "c");
    }

    [Fact]
    public void Explain_names_the_buckets_and_shows_one_listing_per_bucket()
    {
        var explanation = s3.Client.Objects(["logs", "media"]).Where(o => o.Key.StartsWith("2026/")).Explain();

        explanation.ToString().Should().Contain("S3 ListObjectsV2 of buckets 'logs', 'media'");
        explanation.Requests.Select(r => r["Bucket"]).Should().Equal("logs", "media");
        explanation.Requests.Should().OnlyContain(r => r["Prefix"] == "2026/");
    }

    [Fact]
    public async Task A_bucket_that_does_not_exist_is_named_in_the_error_after_the_buckets_before_it()
    {
        var bucket = s3.Bucket("a");
        var items = new List<string>();

        var act = async () =>
        {
            await foreach (var o in s3.Client.Objects([bucket, "no-such-bucket-here"]))
            {
                items.Add(o.Key);
            }
        };

        var error = (await act.Should().ThrowAsync<NoSuchBucketException>()).Which;
        error.ErrorCode.Should().Be("NoSuchBucket");
        error.Message.Should().StartWith("The bucket 'no-such-bucket-here' does not exist: ");
        error.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        items.Should().Equal("a");
    }

    [Fact]
    public void Bucket_lists_that_cannot_be_listed_are_refused_at_the_call_naming_the_problem()
    {
        var client = s3.Client;

        client.Invoking(c => c.Objects((IEnumerable<string>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("bucketNames");
        client.Invoking(c => c.Objects(Array.Empty<string>())).Should().Throw<ArgumentException>().WithParameterName("bucketNames")
            .WithMessage("Give at least one bucket to list.*");
        client.Invoking(c => c.Objects(["a", " "])).Should().Throw<ArgumentException>().WithParameterName("bucketNames")
            .WithMessage("The bucket name at index 1 is empty or white space*");
        client.Invoking(c => c.Objects(["a", null!])).Should().Throw<ArgumentException>().WithParameterName("bucketNames")
            .WithMessage("The bucket name at index 1 is null*");
        client.Invoking(c => c.Objects(["a", "b", "a"])).Should().Throw<ArgumentException>().WithParameterName("bucketNames")
            .WithMessage("The bucket 'a' is given twice*");
    }

    [Fact]
    public async Task Listed_at_once_the_buckets_requests_are_in_flight_together_and_the_items_keep_their_order()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(start);
        await using var server = await LocalAwsServer.StartAsync(new LocalAwsOptions { TimeProvider = clock, Latency = TimeSpan.FromSeconds(1) });
        using var client = server.CreateS3Client();
        string[] buckets = ["one", "two", "three"];
        foreach (var (bucket, i) in buckets.Select((b, i) => (b, i)))
        {
            server.S3.CreateBucket(bucket);
            server.S3.SeedObjects(bucket, LocalS3Fixture.Keys($"{i}-", 3).Select(k => new LocalS3Object(k, 1, start)));
        }

        var query = client.Objects(buckets).WithDegreeOfParallelism(3).Select(o => o.BucketName + ":" + o.Key).ToListAsync();
        await Eventually.Holds(() => server.Requests.Waiting == 3, "each bucket's first request waiting out the latency");
        clock.Advance(TimeSpan.FromSeconds(1));

        // (Read whole, each bucket is asked once, with Delimiter=/ to find folders to split at; it has none.)
        (await query.WaitAsync(TimeSpan.FromMinutes(1))).Should().Equal(buckets.SelectMany((b, i) => LocalS3Fixture.Keys($"{i}-", 3).Select(k => $"{b}:{k}")));
        var served = server.Requests.For("s3", "ListObjectsV2");
        served.Select(r => r.Bucket).Should().BeEquivalentTo(buckets);
        served.Should().OnlyContain(r => r.Received == start && r.Answered == start.AddSeconds(1));
    }

    [Fact]
    public async Task Parallel_listings_of_several_large_buckets_return_what_the_sequential_listing_does()
    {
        var first = s3.Bucket(LocalS3Fixture.Keys("a/", 900));
        var second = s3.Bucket([.. LocalS3Fixture.Keys("a/", 300), .. LocalS3Fixture.Keys("b/", 600)]);
        var query = s3.Client.Objects([first, second]).WithPageSize(100);

        var sequential = await query.Select(o => o.BucketName + ":" + o.Key).ToListAsync();
        var sequentialRequests = s3.Listings(first).Count + s3.Listings(second).Count;
        s3.Server.Requests.Clear();
        var parallel = await query.WithDegreeOfParallelism(8).Select(o => o.BucketName + ":" + o.Key).ToListAsync();
        var bounded = await query.Where(o => o.Key.CompareTo("a/0250") < 0).WithDegreeOfParallelism(8).Select(o => o.BucketName + ":" + o.Key).ToListAsync();

        sequential.Should().HaveCount(1800);
        sequentialRequests.Should().Be(18);
        parallel.Should().Equal(sequential);
        bounded.Should().Equal(sequential.Where(k => string.CompareOrdinal(k[(k.IndexOf(':') + 1)..], "a/0250") < 0));
    }

    [Fact]
    public async Task DeleteAllAsync_calls_each_bucket_for_its_own_keys_and_names_them_bucket_slash_key()
    {
        var first = s3.Bucket(LocalS3Fixture.Keys("k", 1500));
        var second = s3.Bucket(LocalS3Fixture.Keys("k", 700));
        var third = s3.Bucket("other");

        var result = await s3.Client.Objects([first, second, third]).Where(o => o.Key.StartsWith("k")).DeleteAllAsync();

        Deletes(first).Select(c => c.Parameter("ObjectCount")).Should().Equal("1000", "500");
        Deletes(second).Select(c => c.Parameter("ObjectCount")).Should().Equal("700");
        Deletes(third).Should().BeEmpty();
        result.Succeeded.Should().Equal([.. LocalS3Fixture.Keys("k", 1500).Select(k => $"{first}/{k}"), .. LocalS3Fixture.Keys("k", 700).Select(k => $"{second}/{k}")]);
        (result.Selected, result.Calls, result.AllSucceeded).Should().Be((2200, 3, true));
        s3.Server.S3.ListAll(first).Should().BeEmpty();
        s3.Server.S3.ListAll(second).Should().BeEmpty();
        s3.Server.S3.ListAll(third).Should().ContainSingle();
    }

    [Fact]
    public async Task A_key_refused_in_one_bucket_is_a_failure_named_with_its_bucket_and_the_same_key_elsewhere_still_goes()
    {
        var first = s3.Bucket("a", "b", "c");
        var second = s3.Bucket("b", "d");
        s3.Server.S3.Faults.DeniedDeleteKeys = new HashSet<string>(["d"]);
        BatchResult result;
        try
        {
            result = await s3.Client.Objects([first, second]).WithDegreeOfParallelism(4).DeleteAllAsync();
        }
        finally
        {
            s3.Server.S3.Faults.Reset();
        }

        result.Failed.Should().Equal(new BatchFailure($"{second}/d", "AccessDenied", "Access Denied"));
        result.Succeeded.Should().Equal($"{first}/a", $"{first}/b", $"{first}/c", $"{second}/b");
        (result.Selected, result.Calls).Should().Be((5, 2));
        s3.Server.S3.ListAll(second).Select(o => o.Key).Should().Equal("d");
    }

    [Fact]
    public async Task A_dry_run_over_several_buckets_names_what_would_go_and_sends_no_delete()
    {
        var first = s3.Bucket("x");
        var second = s3.Bucket("x", "y");

        var result = await s3.Client.Objects([first, second]).DeleteAllAsync(new BatchOptions { DryRun = true });

        result.Succeeded.Should().Equal($"{first}/x", $"{second}/x", $"{second}/y");
        Deletes(first).Concat(Deletes(second)).Should().BeEmpty();
    }

    private IReadOnlyList<ServedRequest> Deletes(string bucket) => s3.Server.Requests.For("s3", "DeleteObjects", bucket);
}
