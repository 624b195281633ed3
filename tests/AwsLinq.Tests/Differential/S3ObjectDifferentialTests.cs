using Amazon.S3.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Specification;
using Xunit.Abstractions;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// Seeded random object queries on LocalAws against LINQ-to-Objects over the complete listing, with UTF-8
/// byte order as the oracle's string order. A mismatch fails with the seed and a shrunk query and bucket.
/// </summary>
public sealed class S3ObjectDifferentialTests(ITestOutputHelper output)
{
    private const int Objects = 2000;
    private const int Queries = 2000;

    [Fact]
    public async Task Random_object_queries_return_what_linq_to_objects_returns()
    {
        var seed = DifferentialSettings.Seed;
        await using var server = await LocalAwsServer.StartAsync();
        using var client = server.CreateS3Client();
        var buckets = 0;

        async Task<DifferentialBackend<S3Object>> BackendFor(IReadOnlyList<LocalS3Object> objects)
        {
            var bucket = $"differential-{++buckets}";
            server.S3.CreateBucket(bucket);
            server.S3.SeedObjects(bucket, objects);
            return new(() => client.Objects(bucket), await S3SpecBackend.CompleteListingAsync(client, bucket));
        }

        var campaign = new DifferentialCampaign<S3Object, LocalS3Object>("S3 objects", new S3ObjectGrammar(), BackendFor, o => CSharpText.Of(o.Key));
        var failure = await campaign.RunAsync(S3ObjectData.Objects(new Random(seed), Objects), seed, DifferentialSettings.Queries(Queries), output.WriteLine);

        Assert.True(failure is null, failure);
    }
}
