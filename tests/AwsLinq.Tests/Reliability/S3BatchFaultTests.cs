using AwsLinq.LocalAws;
using Xunit.Abstractions;

namespace AwsLinq.Tests.Reliability;

/// <summary>
/// <c>DeleteAllAsync</c> under a tenth of each kind of transient fault on the listing and on DeleteObjects: succeeded
/// plus failed is what was selected, and no key reported deleted still exists.
/// </summary>
public sealed class S3BatchFaultTests(ITestOutputHelper output) : FaultSuite(output)
{
    [Theory]
    [MemberData(nameof(FaultSeeds.All), MemberType = typeof(FaultSeeds))]
    public async Task DeleteAllAsync_reports_every_key_and_nothing_deleted_that_still_exists(int seed)
    {
        await using var server = await Start(seed, TransientFaults.On("s3", "ListObjectsV2", "DeleteObjects"));
        server.S3.CreateBucket("faults");
        var keys = Enumerable.Range(0, 20_000).Select(i => $"k/{i:D5}").ToArray();
        server.S3.SeedObjects("faults", keys.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
        using var s3 = server.CreateS3Client();

        var result = await s3.Objects("faults").WithListingPolicy(TransientFaults.Policy).DeleteAllAsync();

        var left = server.S3.ListAll("faults").Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        result.ShouldAccountFor(keys, left, seed);
        result.Anomalies.Should().BeEmpty();
        Report(server, "DeleteObjects", seed);
    }
}
