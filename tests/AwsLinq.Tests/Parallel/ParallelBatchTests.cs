using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Parallel;

/// <summary>Batch actions of a query with a degree of parallelism keep that many calls in flight, with the same report.</summary>
public sealed class ParallelBatchTests
{
    [Fact]
    public async Task DeleteAllAsync_with_a_degree_of_parallelism_deletes_every_key_in_calls_of_1000()
    {
        var keys = Keys(10_000);
        await using var server = await StartAsync(keys);
        using var s3 = server.CreateS3Client();

        var result = await s3.Objects("deletes").WithDegreeOfParallelism(8).DeleteAllAsync();

        (result.Selected, result.Succeeded.Count, result.Calls).Should().Be((10_000, 10_000, 10));
        result.Succeeded.Order(StringComparer.Ordinal).Should().Equal(keys);
        server.S3.ListAll("deletes").Should().BeEmpty();
        var deletes = server.Requests.For("s3", "DeleteObjects", "deletes");
        deletes.Select(d => d.Parameter("ObjectCount")).Should().AllBe("1000");
    }

    [Fact]
    public async Task A_cancelled_parallel_delete_counts_exactly_the_calls_it_sent()
    {
        var keys = Keys(20_000);
        await using var server = await StartAsync(keys);
        using var s3 = server.CreateS3Client();
        using var cancel = new CancellationTokenSource();
        var deleting = s3.Objects("deletes").WithDegreeOfParallelism(4).DeleteAllAsync(cancellationToken: cancel.Token);
        while (server.Requests.For("s3", "DeleteObjects", "deletes").Count == 0)
        {
            await Task.Delay(5);
        }

        await cancel.CancelAsync();
        var error = (await FluentActions.Awaiting(() => deleting).Should().ThrowAsync<BatchActionCanceledException>()).Which;

        var left = server.S3.ListAll("deletes").Count;
        var result = error.Result;
        result.Succeeded.Count.Should().Be(keys.Length - left, "every key deleted is counted, and none that is left");
        result.Failed.Should().BeEmpty();
        result.Calls.Should().Be(server.Requests.For("s3", "DeleteObjects", "deletes").Count);
        server.Requests.For("s3", "DeleteObjects", "deletes").Count.Should().Be(result.Calls, "nothing is sent after the action returned");
    }

    private static string[] Keys(int count) => [.. Enumerable.Range(0, count).Select(i => $"x/{i:D5}")];

    // A little latency, so that calls really overlap.
    private static async Task<LocalAwsServer> StartAsync(string[] keys)
    {
        var server = await LocalAwsServer.StartAsync(new LocalAwsOptions { Latency = TimeSpan.FromMilliseconds(5), Seed = 3 });
        server.S3.CreateBucket("deletes");
        server.S3.SeedObjects("deletes", keys.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
        return server;
    }
}
