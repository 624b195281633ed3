using Amazon.S3.Model;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Reliability;

/// <summary>
/// What AwsLinq checks of a server that does not keep S3's contract, against fauxqs, which sorts keys without
/// regard to case and ignores ListBuckets' filters.
/// </summary>
public sealed class FauxqsContractTests(FauxqsServer server) : IClassFixture<FauxqsServer>
{
    [Fact]
    public async Task Keys_out_of_UTF8_order_stop_the_listing_with_the_two_keys_and_the_endpoint()
    {
        using var s3 = server.CreateS3Client();
        var bucket = $"order-{Guid.NewGuid():N}"[..24];
        await s3.PutBucketAsync(bucket);
        foreach (var key in new[] { "Beta", "alpha" })
        {
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = key });
        }

        var act = () => s3.Objects(bucket).ToListAsync();

        (await act.Should().ThrowAsync<BrokenListingException>()).Which.Message.Should().Be(
            $"S3 ListObjectsV2 of bucket '{bucket}' at {server.ServiceUrl.AbsoluteUri} listed 'alpha' and then 'Beta' (out of order), but S3 lists in strictly ascending order. " +
            "Paging stopped rather than return duplicates or stop early; the server is not listing as the API requires.");
    }

    [Fact]
    public async Task Bucket_predicates_are_rechecked_where_the_server_ignores_them()
    {
        using var s3 = server.CreateS3Client();
        var tag = Guid.NewGuid().ToString("N")[..8];
        foreach (var name in new[] { $"pick-{tag}-1", $"pick-{tag}-2", $"skip-{tag}-1" })
        {
            await s3.PutBucketAsync(name);
        }

        var picked = await s3.Buckets().Where(b => b.BucketName.StartsWith($"pick-{tag}")).Select(b => b.BucketName).ToListAsync();
        var one = await s3.Buckets().Where(b => b.BucketName.StartsWith($"pick-{tag}")).Take(1).ToListAsync();

        picked.Should().Equal($"pick-{tag}-1", $"pick-{tag}-2");
        one.Should().ContainSingle();
        s3.Buckets().Where(b => b.BucketName.StartsWith("pick-")).Explain().InMemory.Should().Equal("where b => b.BucketName.StartsWith(\"pick-\")");
    }
}
