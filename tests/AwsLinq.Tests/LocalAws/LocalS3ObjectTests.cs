using System.Security.Cryptography;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3ObjectTests : LocalAwsTestBase
{
    private const string Bucket = "objects";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket(Bucket);
    }

    [Fact]
    public async Task PutObject_with_default_sdk_settings_stores_the_decoded_content()
    {
        var content = string.Concat(Enumerable.Repeat("hello chunked world ", 5000));

        var put = await Client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = Bucket,
            Key = "dir/file name+x 😀.txt",
            ContentBody = content,
            ContentType = "text/plain",
            Metadata = { ["color"] = "blue" },
        });

        var expectedETag = $"\"{Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(content)))}\"";
        put.ETag.Should().Be(expectedETag);
        put.ChecksumCRC32.Should().NotBeNullOrEmpty("the SDK sent a CRC32 trailer and S3 echoes it");
        var stored = State.FindObject(Bucket, "dir/file name+x 😀.txt");
        stored.Should().NotBeNull();
        stored!.Size.Should().Be(Encoding.UTF8.GetByteCount(content));
        stored.ETag.Should().Be(expectedETag);
    }

    [Fact]
    public async Task GetObject_returns_content_headers_and_a_checksum_the_sdk_verifies()
    {
        await Client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = Bucket,
            Key = "a.txt",
            ContentBody = "some text",
            ContentType = "text/plain",
            Metadata = { ["color"] = "blue" },
        });

        using var response = await Client.GetObjectAsync(Bucket, "a.txt");
        using var reader = new StreamReader(response.ResponseStream);

        (await reader.ReadToEndAsync()).Should().Be("some text");
        response.Headers.ContentType.Should().Be("text/plain");
        response.Metadata["x-amz-meta-color"].Should().Be("blue");
        response.ChecksumCRC32.Should().NotBeNullOrEmpty();
        response.ETag.Should().Be(State.FindObject(Bucket, "a.txt")!.ETag);
    }

    [Fact]
    public async Task GetObject_with_a_byte_range_returns_that_slice()
    {
        State.PutObject(Bucket, "digits", "0123456789"u8);

        using var response = await Client.GetObjectAsync(new GetObjectRequest
        {
            BucketName = Bucket,
            Key = "digits",
            ByteRange = new ByteRange(2, 5),
        });
        using var reader = new StreamReader(response.ResponseStream);

        (await reader.ReadToEndAsync()).Should().Be("2345");
        response.HttpStatusCode.Should().Be(System.Net.HttpStatusCode.PartialContent);
        response.ContentRange.Should().Be("bytes 2-5/10");
    }

    [Fact]
    public async Task GetObject_of_a_seeded_object_reads_zeros_of_its_size()
    {
        State.SeedObjects(Bucket, [Seeded("seeded.bin", size: 70_000)]);

        using var response = await Client.GetObjectAsync(Bucket, "seeded.bin");
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer);

        buffer.ToArray().Should().HaveCount(70_000).And.OnlyContain(b => b == 0);
        response.ETag.Should().Contain("-", "a derived ETag is multipart-style so the SDK skips its MD5 check");
    }

    [Fact]
    public async Task GetObject_of_a_missing_key_throws_NoSuchKey()
    {
        var act = () => Client.GetObjectAsync(Bucket, "missing");

        var error = (await act.Should().ThrowAsync<AmazonS3Exception>()).Which;
        error.ErrorCode.Should().Be("NoSuchKey");
        error.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        error.RequestId.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task HeadObject_returns_size_and_etag_without_a_body()
    {
        State.PutObject(Bucket, "h", "12345"u8);

        var metadata = await Client.GetObjectMetadataAsync(Bucket, "h");

        metadata.ContentLength.Should().Be(5);
        metadata.ETag.Should().Be(State.FindObject(Bucket, "h")!.ETag);
        metadata.LastModified.Should().NotBeNull();
    }

    [Fact]
    public async Task HeadObject_of_a_missing_key_throws_NotFound_as_S3_sends_no_body_for_HEAD()
    {
        var act = () => Client.GetObjectMetadataAsync(Bucket, "missing");

        (await act.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NotFound");
    }

    [Fact]
    public async Task DeleteObject_removes_the_key_and_succeeds_for_a_missing_one()
    {
        State.PutObject(Bucket, "gone", "x"u8);

        await Client.DeleteObjectAsync(Bucket, "gone");
        await Client.DeleteObjectAsync(Bucket, "never-there");

        State.FindObject(Bucket, "gone").Should().BeNull();
        Server.Requests.For("s3", "DeleteObject").Select(r => r.StatusCode).Should().Equal(204, 204);
    }

    [Fact]
    public async Task PutObject_into_a_missing_bucket_throws_NoSuchBucket()
    {
        var act = () => Client.PutObjectAsync(new PutObjectRequest { BucketName = "nobucket", Key = "k", ContentBody = "x" });

        (await act.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchBucket");
    }
}
