using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.Infrastructure;

public sealed class FauxqsServerTests(FauxqsServer server) : IClassFixture<FauxqsServer>
{
    [Fact]
    public async Task Bucket_round_trip_works_through_the_AWS_SDK()
    {
        using var s3 = server.CreateS3Client();
        var bucket = $"fauxqs-{Guid.NewGuid():N}"[..20];

        await s3.PutBucketAsync(bucket);
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "dir/hello.txt", ContentBody = "hello" });
        var listing = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = "dir/" });
        using var get = await s3.GetObjectAsync(bucket, "dir/hello.txt");
        using var reader = new StreamReader(get.ResponseStream);

        server.ServiceUrl.Host.Should().Be("127.0.0.1");
        listing.S3Objects.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Key = "dir/hello.txt", Size = 5L });
        (await reader.ReadToEndAsync()).Should().Be("hello");
    }

    [Fact]
    public async Task Missing_bucket_fails_with_NoSuchBucket()
    {
        using var s3 = server.CreateS3Client();

        var act = () => s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "no-such-bucket-here" });

        (await act.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchBucket");
    }
}
