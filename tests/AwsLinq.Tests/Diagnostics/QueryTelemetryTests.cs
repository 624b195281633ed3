using System.Diagnostics;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Diagnostics;

/// <summary>
/// The activity of each query execution, with the AWS SDK's request spans beneath it, and the metrics, exported by the
/// OpenTelemetry SDK from queries over LocalAws; the counts are checked against LocalAws's request log.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class QueryTelemetryTests(LocalS3Fixture s3) : IClassFixture<LocalS3Fixture>
{
    [Fact]
    public async Task A_query_is_one_activity_with_its_pushdown_and_counts_and_the_SDK_requests_beneath_it()
    {
        var bucket = s3.Bucket([.. LocalS3Fixture.Keys("logs/", 250), .. LocalS3Fixture.Keys("tmp/", 20)]);
        using var capture = new TelemetryCapture(s3.Server);
        var client = capture.Client;

        var found = await client.Objects(bucket).Where(o => o.Key.StartsWith("logs/") && o.Size >= 1000).WithPageSize(100).ToListAsync();

        found.Should().HaveCount(150);
        s3.Listings(bucket).Should().HaveCount(3);
        var query = capture.Single("S3.ListObjectsV2 query");
        Tags(query).Should().Equal(new Dictionary<string, object?>
        {
            ["rpc.system"] = "aws-api",
            ["rpc.service"] = "S3",
            ["rpc.method"] = "ListObjectsV2",
            ["awslinq.source"] = $"S3 ListObjectsV2 of bucket '{bucket}'",
            ["awslinq.pushdown"] = $"ListObjectsV2 Bucket={bucket}, Prefix=logs/, MaxKeys=100",
            ["awslinq.in_memory"] = "where o => o.Size >= 1000",
            ["aws.s3.bucket"] = bucket,
            ["awslinq.requests"] = 3L,
            ["awslinq.pages"] = 3L,
            ["awslinq.items.listed"] = 250L,
            ["awslinq.items.filtered_in_memory"] = 250L,
            ["awslinq.follow_up.calls"] = 0L,
            ["awslinq.items.yielded"] = 150L,
            ["awslinq.stopped_early"] = false,
        });
        query.Status.Should().Be(ActivityStatusCode.Unset);
        var requests = capture.Activities().Where(a => a.DisplayName == "S3.ListObjectsV2").ToArray();
        requests.Should().HaveCount(3).And.OnlyContain(a => a.ParentSpanId == query.SpanId && a.Kind == ActivityKind.Client);
        requests.Should().OnlyContain(a => (string?)a.GetTagItem("rpc.method") == "ListObjectsV2" && (string?)a.GetTagItem("rpc.system") == "aws-api");
        NoCredentialsIn(capture.Activities());
    }

    [Fact]
    public async Task A_parallel_listing_read_whole_is_not_stopped_early_and_counts_the_pages_of_its_ranges_and_folders()
    {
        var bucket = s3.Bucket([.. Enumerable.Range(0, 12).SelectMany(f => LocalS3Fixture.Keys($"f{f:D2}/", 45))]);
        using var capture = new TelemetryCapture(s3.Server);
        var client = capture.Client;

        var all = await client.Objects(bucket).WithPageSize(20).WithDegreeOfParallelism(4).ToListAsync();
        var some = await client.Objects(bucket).WithPageSize(20).WithDegreeOfParallelism(4).Take(30).ToListAsync();

        (all.Count, some.Count).Should().Be((540, 30));
        var queries = capture.Activities().Where(a => a.DisplayName == "S3.ListObjectsV2 query").ToArray();
        queries.Select(q => q.GetTagItem("awslinq.stopped_early")).Should().Equal(false, true);

        // The whole listing: the root level of 12 folders, each folder's level (its first 20 keys), and its other 25 keys
        // in 2 pages, and maybe a split or two when workers are idle near the end; every key listed once.
        var requests = (long)queries[0].GetTagItem("awslinq.requests")!;
        requests.Should().BeInRange(37, 37 + 4).And.Be(s3.Listings(bucket).Count - 2);
        (queries[0].GetTagItem("awslinq.pages"), queries[0].GetTagItem("awslinq.items.listed")).Should().Be((requests, 540L));
    }

    [Fact]
    public async Task A_query_that_stops_at_its_first_match_says_so_and_counts_one_page()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 2500));
        using var capture = new TelemetryCapture(s3.Server);
        var client = capture.Client;

        var first = await client.Objects(bucket).FirstAsync(o => o.Size > 0);

        first.Key.Should().Be("k0001");
        s3.Listings(bucket).Should().ContainSingle();
        var query = capture.Single("S3.ListObjectsV2 query");
        (query.GetTagItem("awslinq.requests"), query.GetTagItem("awslinq.pages"), query.GetTagItem("awslinq.items.listed"))
            .Should().Be((1L, 1L, 1000L));
        query.GetTagItem("awslinq.items.filtered_in_memory").Should().Be(2L, "k0000 failed the predicate and k0001 matched");
        query.GetTagItem("awslinq.stopped_early").Should().Be(true);
        query.GetTagItem("awslinq.items.yielded").Should().BeNull("a single value is not a stream");
    }

    [Fact]
    public async Task A_stream_the_consumer_leaves_is_stopped_early_with_the_items_it_yielded()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 30));
        using var capture = new TelemetryCapture(s3.Server);
        var client = capture.Client;

        var read = new List<string>();
        await foreach (var o in client.Objects(bucket).WithPageSize(10).AsAsyncEnumerable())
        {
            read.Add(o.Key);
            if (read.Count == 12)
            {
                break;
            }
        }

        s3.Listings(bucket).Should().HaveCount(2);
        var query = capture.Single("S3.ListObjectsV2 query");
        (query.GetTagItem("awslinq.requests"), query.GetTagItem("awslinq.items.listed"), query.GetTagItem("awslinq.items.yielded"), query.GetTagItem("awslinq.stopped_early"))
            .Should().Be((2L, 20L, 12L, true));
        query.GetTagItem("awslinq.in_memory").Should().Be(string.Empty);
    }

    [Fact]
    public async Task A_failed_query_records_the_error_type()
    {
        using var capture = new TelemetryCapture(s3.Server);
        var client = capture.Client;

        var run = () => client.Objects("no-such-bucket").ToListAsync();

        await run.Should().ThrowAsync<Amazon.S3.AmazonS3Exception>();
        var query = capture.Single("S3.ListObjectsV2 query");
        query.Status.Should().Be(ActivityStatusCode.Error);
        query.GetTagItem("error.type").Should().Be("Amazon.S3.Model.NoSuchBucketException");
        query.GetTagItem("awslinq.stopped_early").Should().BeNull();
    }

    [Fact]
    public async Task The_meter_counts_requests_pages_items_listed_and_items_filtered_in_memory()
    {
        var bucket = s3.Bucket(LocalS3Fixture.Keys("k", 450));
        using var capture = new TelemetryCapture(s3.Server);
        var client = capture.Client;

        var count = await client.Objects(bucket).WithPageSize(200).CountAsync(o => o.Size % 20 == 0);

        count.Should().Be(225);
        var listings = s3.Listings(bucket);
        listings.Should().HaveCount(3);
        var operation = new[] { ("rpc.system", (object)"aws-api"), ("rpc.service", "S3"), ("rpc.method", "ListObjectsV2") };
        capture.Sum("awslinq.requests", operation).Should().Be(listings.Count);
        capture.Sum("awslinq.pages", operation).Should().Be(3);
        capture.Sum("awslinq.items.listed", operation).Should().Be(450);
        capture.Sum("awslinq.items.filtered_in_memory", operation).Should().Be(450);
    }

    internal static Dictionary<string, object?> Tags(Activity activity) => activity.TagObjects.ToDictionary(t => t.Key, t => t.Value);

    internal static void NoCredentialsIn(IEnumerable<Activity> activities)
    {
        var text = string.Join("\n", activities.SelectMany(a => a.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(a.DisplayName)));
        text.Should().NotContain(TelemetryCapture.AccessKey).And.NotContain(TelemetryCapture.SecretKey).And.NotContain("Signature=");
    }
}
