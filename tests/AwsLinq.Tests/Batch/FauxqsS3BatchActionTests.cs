using Amazon.S3.Model;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.Batch;

/// <summary><c>DeleteAllAsync</c> end to end against fauxqs, an S3 emulator AwsLinq does not control.</summary>
public sealed class FauxqsS3BatchActionTests(FauxqsServer server) : IClassFixture<FauxqsServer>
{
    [Fact]
    public async Task DeleteAllAsync_deletes_the_objects_under_a_prefix_and_leaves_the_rest()
    {
        using var s3 = server.CreateS3Client();
        var bucket = $"batch-{Guid.NewGuid():N}"[..24];
        await s3.PutBucketAsync(bucket);
        var doomed = Enumerable.Range(0, 20).Select(i => $"tmp/{i:D2}.txt").ToList();
        var kept = Enumerable.Range(0, 10).Select(i => $"keep/{i:D2}.txt").ToList();
        foreach (var key in doomed.Concat(kept))
        {
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = key });
        }

        var result = await s3.Objects(bucket).WithPageSize(7).Where(o => o.Key.StartsWith("tmp/")).DeleteAllAsync();

        result.Succeeded.Should().Equal(doomed);
        result.ToString().Should().Be("DeleteObjects: 20 selected, 20 succeeded, 0 failed in 1 call");
        var left = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        left.S3Objects.Select(o => o.Key).Should().Equal(kept);
    }

    [Fact]
    public async Task A_dry_run_leaves_every_object()
    {
        using var s3 = server.CreateS3Client();
        var bucket = $"batch-{Guid.NewGuid():N}"[..24];
        await s3.PutBucketAsync(bucket);
        var keys = Enumerable.Range(0, 5).Select(i => $"tmp/{i}.txt").ToList();
        foreach (var key in keys)
        {
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = key });
        }

        var result = await s3.Objects(bucket).DeleteAllAsync(new BatchOptions { DryRun = true });

        result.Succeeded.Should().Equal(keys);
        (await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket })).S3Objects.Select(o => o.Key).Should().Equal(keys);
    }
}
