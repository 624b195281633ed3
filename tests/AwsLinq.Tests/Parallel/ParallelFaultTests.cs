using AwsLinq.LocalAws;
using AwsLinq.Tests.Reliability;
using Xunit.Abstractions;

namespace AwsLinq.Tests.Parallel;

/// <summary>Parallel listings and batch actions under a tenth of each kind of transient fault: nothing lost, nothing twice, in order.</summary>
public sealed class ParallelFaultTests(ITestOutputHelper output) : FaultSuite(output)
{
    [Theory]
    [MemberData(nameof(FaultSeeds.All), MemberType = typeof(FaultSeeds))]
    public async Task A_split_S3_listing_returns_every_key_once_in_order(int seed)
    {
        await using var server = await Start(seed, TransientFaults.On("s3", "ListObjectsV2"));
        server.S3.CreateBucket("faults");
        var keys = Enumerable.Range(0, 30_000).Select(i => $"k/{i % 7}/{i:D6}").Order(StringComparer.Ordinal).ToArray();
        server.S3.SeedObjects("faults", keys.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
        using var s3 = server.CreateS3Client();

        var listed = await s3.Objects("faults").WithListingPolicy(TransientFaults.Policy).WithDegreeOfParallelism(8).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(keys, $"seed {seed}");
        server.Requests.For("s3", "ListObjectsV2").Should().Contain(r => r.Parameter("StartAfter") != null, "the listing must have been split");
        Report(server, "ListObjectsV2", seed);
    }

    [Theory]
    [MemberData(nameof(FaultSeeds.All), MemberType = typeof(FaultSeeds))]
    public async Task A_parallel_delete_reports_every_key_and_leaves_none_it_calls_deleted(int seed)
    {
        await using var server = await Start(seed, TransientFaults.On("s3", "ListObjectsV2", "DeleteObjects"));
        server.S3.CreateBucket("faults");
        var keys = Enumerable.Range(0, 8_000).Select(i => $"d/{i:D5}").ToArray();
        server.S3.SeedObjects("faults", keys.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
        using var s3 = server.CreateS3Client();

        var result = await s3.Objects("faults").WithListingPolicy(TransientFaults.Policy).WithDegreeOfParallelism(8).DeleteAllAsync();

        var left = server.S3.ListAll("faults").Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        result.ShouldAccountFor(keys, left, seed);
        Report(server, "DeleteObjects", seed);
    }
}
