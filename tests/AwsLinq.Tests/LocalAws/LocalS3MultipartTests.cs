using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3MultipartTests : LocalAwsTestBase
{
    private const string Bucket = "multi";
    private const int FiveMiB = 5 * 1024 * 1024;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket(Bucket);
    }

    [Fact]
    public async Task An_upload_in_parts_becomes_one_object_with_the_multipart_ETag()
    {
        var first = Bytes(FiveMiB, 1);
        var second = Bytes(1000, 2);
        var id = (await Client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = Bucket, Key = "big.bin", ContentType = "application/x-big" })).UploadId;
        var one = await UploadAsync(id, 1, first);
        var two = await UploadAsync(id, 2, second);

        var parts = await Client.ListPartsAsync(new ListPartsRequest { BucketName = Bucket, Key = "big.bin", UploadId = id });
        var done = await Client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = Bucket, Key = "big.bin", UploadId = id, PartETags = [new PartETag(1, one), new PartETag(2, two)],
        });
        using var read = await Client.GetObjectAsync(Bucket, "big.bin");
        using var copy = new MemoryStream();
        await read.ResponseStream.CopyToAsync(copy);

        parts.Parts.Select(p => (p.PartNumber, p.Size, p.ETag)).Should().Equal((1, (long)FiveMiB, one), (2, 1000L, two));
        var expected = MD5.HashData([.. MD5.HashData(first), .. MD5.HashData(second)]);
        done.ETag.Should().Be($"\"{Convert.ToHexStringLower(expected)}-2\"");
        copy.ToArray().Should().Equal([.. first, .. second]);
        read.Headers.ContentType.Should().Be("application/x-big");
        State.ListUploads(Bucket).Should().BeEmpty();
    }

    [Fact]
    public async Task A_part_smaller_than_5_MiB_before_the_last_is_EntityTooSmall()
    {
        var id = await InitiateAsync("small.bin");
        var one = await UploadAsync(id, 1, Bytes(10, 1));
        var two = await UploadAsync(id, 2, Bytes(10, 2));

        var error = await CompleteFailureAsync(id, "small.bin", new PartETag(1, one), new PartETag(2, two));

        (error.ErrorCode, (int)error.StatusCode, error.Message).Should().Be(("EntityTooSmall", 400, "Your proposed upload is smaller than the minimum allowed size"));
    }

    [Fact]
    public async Task Parts_out_of_order_are_InvalidPartOrder_and_an_unknown_ETag_is_InvalidPart()
    {
        var id = await InitiateAsync("order.bin");
        var one = await UploadAsync(id, 1, Bytes(FiveMiB, 1));
        var two = await UploadAsync(id, 2, Bytes(10, 2));

        // The SDK sorts the parts it sends, so the misordered list goes over plain HTTP.
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var misordered = await http.PostAsync(
            $"/{Bucket}/order.bin?uploadId={Uri.EscapeDataString(id)}",
            new StringContent($"<CompleteMultipartUpload><Part><PartNumber>2</PartNumber><ETag>{two}</ETag></Part><Part><PartNumber>1</PartNumber><ETag>{one}</ETag></Part></CompleteMultipartUpload>"));
        var unknown = await CompleteFailureAsync(id, "order.bin", new PartETag(1, one), new PartETag(2, "\"0123456789abcdef0123456789abcdef\""));
        var missing = await CompleteFailureAsync(id, "order.bin", new PartETag(1, one), new PartETag(3, two));

        (await misordered.Content.ReadAsStringAsync()).Should().Contain("<Code>InvalidPartOrder</Code>")
            .And.Contain("<Message>The list of parts was not in ascending order. Parts must be ordered by part number.</Message>");
        unknown.ErrorCode.Should().Be("InvalidPart");
        missing.ErrorCode.Should().Be("InvalidPart");
        State.ListUploads(Bucket).Select(u => u.UploadId).Should().Equal(id);
    }

    [Fact]
    public async Task An_unknown_or_aborted_upload_is_NoSuchUpload()
    {
        var id = await InitiateAsync("gone.bin");
        await Client.AbortMultipartUploadAsync(Bucket, "gone.bin", id);

        var upload = () => UploadAsync(id, 1, Bytes(1, 1), "gone.bin");
        var abort = () => Client.AbortMultipartUploadAsync(Bucket, "gone.bin", id);
        var list = () => Client.ListPartsAsync(new ListPartsRequest { BucketName = Bucket, Key = "gone.bin", UploadId = "nope" });

        foreach (var act in new Func<Task>[] { upload, abort, list })
        {
            var error = (await act.Should().ThrowAsync<AmazonS3Exception>()).Which;
            (error.ErrorCode, (int)error.StatusCode).Should().Be(("NoSuchUpload", 404));
        }
    }

    [Fact]
    public async Task A_part_number_outside_1_to_10000_is_InvalidArgument()
    {
        var id = await InitiateAsync("numbers.bin");
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        using var response = await http.PutAsync($"/{Bucket}/numbers.bin?partNumber=10001&uploadId={Uri.EscapeDataString(id)}", new ByteArrayContent([1]));

        ((int)response.StatusCode).Should().Be(400);
        (await response.Content.ReadAsStringAsync()).Should().Contain("<Code>InvalidArgument</Code>")
            .And.Contain("<Message>Part number must be an integer between 1 and 10000, inclusive</Message>");
    }

    [Fact]
    public async Task A_complete_body_without_parts_is_MalformedXML()
    {
        var id = await InitiateAsync("empty.bin");
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        using var response = await http.PostAsync($"/{Bucket}/empty.bin?uploadId={Uri.EscapeDataString(id)}", new StringContent("<CompleteMultipartUpload/>"));

        (await response.Content.ReadAsStringAsync()).Should().Contain("<Code>MalformedXML</Code>");
    }

    [Fact]
    public async Task ListMultipartUploads_pages_with_key_and_upload_id_markers_over_seeded_uploads()
    {
        var at = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var ids = State.SeedUploads(Bucket, Enumerable.Range(0, 5).Select(i => new LocalS3Upload(i < 3 ? "same" : $"k{i}", at.AddMinutes(i))));

        var seen = new List<string>();
        var request = new ListMultipartUploadsRequest { BucketName = Bucket, MaxUploads = 2 };
        ListMultipartUploadsResponse page;
        do
        {
            page = await Client.ListMultipartUploadsAsync(request);
            seen.AddRange(page.MultipartUploads.Select(u => u.UploadId));
            request.KeyMarker = page.NextKeyMarker;
            request.UploadIdMarker = page.NextUploadIdMarker;
        }
        while (page.IsTruncated == true);

        // Keys in UTF-8 order (k3, k4, same), then the uploads of one key in the order they began.
        seen.Should().Equal(ids[3], ids[4], ids[0], ids[1], ids[2]);
        Server.Requests.For("s3", "ListMultipartUploads").Should().HaveCount(3);
    }

    [Fact]
    public async Task ListMultipartUploads_rolls_keys_up_with_a_delimiter()
    {
        State.SeedUploads(Bucket, [new LocalS3Upload("logs/a", DateTimeOffset.UnixEpoch), new LocalS3Upload("logs/b", DateTimeOffset.UnixEpoch), new LocalS3Upload("top", DateTimeOffset.UnixEpoch)]);

        var page = await Client.ListMultipartUploadsAsync(new ListMultipartUploadsRequest { BucketName = Bucket, Delimiter = "/" });

        page.CommonPrefixes.Should().Equal("logs/");
        page.MultipartUploads.Select(u => u.Key).Should().Equal("top");
    }

    [Fact]
    public async Task UploadPartCopy_copies_a_range_of_another_object_into_a_part()
    {
        State.CreateBucket("source");
        var content = Bytes(100, 7);
        State.PutObject("source", "src.bin", content);
        var id = await InitiateAsync("copied.bin");

        var part = await Client.CopyPartAsync(new CopyPartRequest
        {
            SourceBucket = "source", SourceKey = "src.bin", DestinationBucket = Bucket, DestinationKey = "copied.bin",
            UploadId = id, PartNumber = 1, FirstByte = 10, LastByte = 19,
        });
        await Client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
        {
            BucketName = Bucket, Key = "copied.bin", UploadId = id, PartETags = [new PartETag(1, part.ETag)],
        });

        State.FindObject(Bucket, "copied.bin")!.Size.Should().Be(10);
        Server.Requests.For("s3", "UploadPartCopy").Single().Parameter("CopySourceRange").Should().Be("bytes=10-19");
    }

    private async Task<string> InitiateAsync(string key) =>
        (await Client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = Bucket, Key = key })).UploadId;

    private async Task<string> UploadAsync(string id, int number, byte[] content, string? key = null) =>
        (await Client.UploadPartAsync(new UploadPartRequest
        {
            BucketName = Bucket, Key = key ?? State.ListUploads(Bucket).Single(u => u.UploadId == id).Key, UploadId = id, PartNumber = number,
            InputStream = new MemoryStream(content),
        })).ETag;

    private async Task<AmazonS3Exception> CompleteFailureAsync(string id, string key, params PartETag[] parts)
    {
        var act = () => Client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest { BucketName = Bucket, Key = key, UploadId = id, PartETags = [.. parts] });
        return (await act.Should().ThrowAsync<AmazonS3Exception>()).Which;
    }

    private static byte[] Bytes(int length, byte seed) => Enumerable.Range(0, length).Select(i => (byte)(i * seed)).ToArray();
}
