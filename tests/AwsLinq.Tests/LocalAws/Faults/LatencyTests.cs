using Amazon.S3;
using Amazon.SQS.Model;
using AwsLinq.LocalAws;
using Microsoft.Extensions.Time.Testing;

namespace AwsLinq.Tests.LocalAws.Faults;

public class LatencyTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sixteen_concurrent_requests_wait_one_latency_together_not_sixteen_in_a_row()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await LocalAwsServer.StartAsync(new LocalAwsOptions { TimeProvider = clock, Latency = TimeSpan.FromSeconds(1) });
        using var sqs = server.CreateSqsClient();

        var calls = Enumerable.Range(0, 16).Select(_ => sqs.ListQueuesAsync(new ListQueuesRequest())).ToList();
        await Eventually.Holds(() => server.Requests.Waiting == 16, "16 requests waiting out their latency");
        var answeredBeforeTheClockMoved = calls.Count(c => c.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(calls);

        // Virtual time moved by one latency, and that was enough for all sixteen: their delays ran at once.
        answeredBeforeTheClockMoved.Should().Be(0);
        clock.GetUtcNow().Should().Be(Start.AddSeconds(1));
        server.Requests.PeakInFlight.Should().Be(16);
        server.Requests.For("sqs", "ListQueues").Should().HaveCount(16).And.OnlyContain(r => r.StatusCode == 200 && r.Delay == TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Jitter_spreads_the_delays_around_the_latency_the_same_way_for_the_same_seed()
    {
        var first = await DelaysAsync(seed: 3);
        var replay = await DelaysAsync(seed: 3);
        var other = await DelaysAsync(seed: 4);

        replay.Should().Equal(first);
        other.Should().NotEqual(first);
        first.Should().OnlyContain(d => d >= TimeSpan.FromMilliseconds(5) && d <= TimeSpan.FromMilliseconds(15));
        first.Distinct().Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public async Task Past_a_rate_limit_S3_answers_SlowDown_until_the_next_second()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await LocalAwsServer.StartAsync(new LocalAwsOptions
        {
            TimeProvider = clock,
            RateLimits = [LocalRateLimit.Parse("s3:ListBuckets=3")],
        });
        using var s3 = server.CreateS3Client(c => c.MaxErrorRetry = 0);

        for (var i = 0; i < 5; i++)
        {
            await s3.ListBucketsAsync().ContinueWith(_ => { }, TaskScheduler.Default);
        }

        var slowDown = () => s3.ListBucketsAsync();
        var error = (await slowDown.Should().ThrowAsync<AmazonS3Exception>()).Which;
        clock.Advance(TimeSpan.FromSeconds(1));
        await s3.ListBucketsAsync();

        (error.ErrorCode, (int)error.StatusCode).Should().Be(("SlowDown", 503));
        server.Requests.For("s3", "ListBuckets").Select(r => (r.StatusCode, r.Fault)).Should().Equal(
            (200, null), (200, null), (200, null), (503, "rate-limit"), (503, "rate-limit"), (503, "rate-limit"), (200, null));
    }

    [Fact]
    public async Task A_rate_limit_can_be_set_and_lifted_on_a_running_server()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await LocalAwsServer.StartAsync(new LocalAwsOptions { TimeProvider = clock });
        using var sqs = server.CreateSqsClient(c => c.MaxErrorRetry = 0);
        server.Sqs.Faults.Limit("*", 1);

        await sqs.ListQueuesAsync(new ListQueuesRequest());
        var throttled = () => sqs.ListQueuesAsync(new ListQueuesRequest());
        (await throttled.Should().ThrowAsync<Amazon.SQS.AmazonSQSException>()).Which.ErrorCode.Should().Be("ThrottlingException");
        server.Sqs.Faults.Reset();
        await sqs.ListQueuesAsync(new ListQueuesRequest());

        server.Requests.For("sqs").Select(r => r.StatusCode).Should().Equal(200, 400, 200);
    }

    [Fact]
    public async Task A_negative_latency_is_refused()
    {
        var act = () => LocalAwsServer.StartAsync(new LocalAwsOptions { Latency = TimeSpan.FromMilliseconds(-1) });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    private static async Task<List<TimeSpan>> DelaysAsync(int seed)
    {
        await using var server = await LocalAwsServer.StartAsync(new LocalAwsOptions
        {
            Seed = seed,
            Latency = TimeSpan.FromMilliseconds(10),
            Jitter = TimeSpan.FromMilliseconds(5),
        });
        using var sqs = server.CreateSqsClient();
        for (var i = 0; i < 20; i++)
        {
            await sqs.ListQueuesAsync(new ListQueuesRequest());
        }

        return server.Requests.Snapshot().Select(r => r.Delay).ToList();
    }
}
