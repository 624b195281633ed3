using AwsLinq.LocalAws;
using Xunit.Abstractions;

namespace AwsLinq.Tests.Reliability;

/// <summary>100,000 S3 keys under faults of ListObjectsV2.</summary>
public sealed class S3ListingFaultTests(ITestOutputHelper output) : FaultSuite(output)
{
    [Theory]
    [MemberData(nameof(FaultSeeds.All), MemberType = typeof(FaultSeeds))]
    public async Task S3_lists_100000_keys_completely(int seed)
    {
        await using var server = await Start(seed, TransientFaults.On("s3", "ListObjectsV2"));
        server.S3.CreateBucket("faults");
        var keys = Enumerable.Range(0, 100_000).Select(i => $"k/{i:D6}").ToArray();
        server.S3.SeedObjects("faults", keys.Select(k => new LocalS3Object(k, 1, DateTimeOffset.UnixEpoch)));
        using var s3 = server.CreateS3Client();

        var listed = await s3.Objects("faults").WithListingPolicy(TransientFaults.Policy).Select(o => o.Key).ToListAsync();

        listed.Should().Equal(keys, $"seed {seed}");
        Report(server, "ListObjectsV2", seed);
    }
}
