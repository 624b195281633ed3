using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

/// <summary>
/// The S3 errors of docs/local-endpoint.md that no feature's tests reach: each answered with S3's code, status and
/// message, and logged with its status.
/// </summary>
public class LocalS3DocumentedErrorTests : LocalAwsTestBase
{
    private const string Bucket = "errors";

    // S3 allows keys of up to 1,024 UTF-8 bytes; "é" is two.
    private static readonly string TooLongKey = new string('k', 1_023) + "é";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket(Bucket);
        State.PutObject(Bucket, "source.bin", new byte[100]);
    }

    [Theory]
    [InlineData("PutObject")]
    [InlineData("CopyObject")]
    [InlineData("CreateMultipartUpload")]
    public async Task A_key_over_1024_UTF8_bytes_is_KeyTooLongError(string operation)
    {
        Func<Task> call = operation switch
        {
            "PutObject" => () => Client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = TooLongKey, ContentBody = "x" }),
            "CopyObject" => () => Client.CopyObjectAsync(Bucket, "source.bin", Bucket, TooLongKey),
            _ => () => Client.InitiateMultipartUploadAsync(Bucket, TooLongKey),
        };

        var error = (await call.Should().ThrowAsync<AmazonS3Exception>()).Which;

        (error.StatusCode, error.ErrorCode, error.Message).Should().Be((HttpStatusCode.BadRequest, "KeyTooLongError", "Your key is too long"));
        Server.Requests.For("s3", operation, Bucket).Should().ContainSingle().Which.StatusCode.Should().Be(400);
        State.ListAll(Bucket).Select(o => o.Key).Should().Equal("source.bin");
        State.ListUploads(Bucket).Should().BeEmpty();
    }

    [Fact]
    public async Task A_key_of_exactly_1024_UTF8_bytes_is_accepted()
    {
        var longest = new string('k', 1_022) + "é";

        await Client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = longest, ContentBody = "x" });

        State.FindObject(Bucket, longest).Should().NotBeNull();
    }

    [Fact]
    public async Task A_range_that_starts_past_the_end_is_InvalidRange()
    {
        var get = () => Client.GetObjectAsync(new GetObjectRequest { BucketName = Bucket, Key = "source.bin", ByteRange = new ByteRange(100, 199) });

        var error = (await get.Should().ThrowAsync<AmazonS3Exception>()).Which;

        (error.StatusCode, error.ErrorCode, error.Message).Should().Be(
            (HttpStatusCode.RequestedRangeNotSatisfiable, "InvalidRange", "The requested range is not satisfiable"));
        Server.Requests.For("s3", "GetObject", Bucket).Single().StatusCode.Should().Be(416);
    }

    [Theory]
    [InlineData("PUT", "/new-bucket", "CreateBucket")]
    [InlineData("PUT", "/errors/source.bin?tagging", "PutObjectTagging")]
    public async Task A_body_that_is_not_XML_is_MalformedXML(string method, string path, string operation)
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("<not xml") });

        ((int)response.StatusCode).Should().Be(400);
        (await response.Content.ReadAsStringAsync()).Should().Contain("<Code>MalformedXML</Code>")
            .And.Contain("<Message>The XML you provided was not well-formed or did not validate against our published schema</Message>");
        Server.Requests.For("s3", operation).Should().ContainSingle().Which.StatusCode.Should().Be(400);
        (await Client.ListBucketsAsync()).Buckets.Select(b => b.BucketName).Should().Equal(Bucket);
    }

    [Fact]
    public async Task HeadObject_of_a_delete_marker_version_is_405_and_of_an_unknown_version_404()
    {
        var marker = await DeleteMarkerOfAsync("k");

        var headMarker = () => Client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = Bucket, Key = "k", VersionId = marker.VersionId });
        var headUnknown = () => Client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = Bucket, Key = "k", VersionId = new string('v', 32) });

        (await headMarker.Should().ThrowAsync<AmazonS3Exception>()).Which.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        (await headUnknown.Should().ThrowAsync<AmazonS3Exception>()).Which.StatusCode.Should().Be(HttpStatusCode.NotFound);
        Server.Requests.For("s3", "HeadObject", Bucket).Select(r => r.StatusCode).Should().Equal(405, 404);
    }

    [Theory]
    [InlineData("bytes=5-1", 400, "InvalidArgument")]
    [InlineData("bytes=a-b", 400, "InvalidArgument")]
    [InlineData("bytes=50-100", 400, "InvalidRequest")]
    public async Task UploadPartCopy_with_a_malformed_range_is_InvalidArgument_and_one_past_the_source_InvalidRequest(string range, int status, string code)
    {
        var id = (await Client.InitiateMultipartUploadAsync(Bucket, "copy.bin")).UploadId;
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/{Bucket}/copy.bin?partNumber=1&uploadId={Uri.EscapeDataString(id)}");
        request.Headers.Add("x-amz-copy-source", $"/{Bucket}/source.bin");
        request.Headers.Add("x-amz-copy-source-range", range);

        using var response = await http.SendAsync(request);

        ((int)response.StatusCode).Should().Be(status);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"<Code>{code}</Code>");
        Server.Requests.For("s3", "UploadPartCopy", Bucket).Single().StatusCode.Should().Be(status);
    }

    [Theory]
    [InlineData("max-parts=-1", "max-parts")]
    [InlineData("max-parts=x", "max-parts")]
    [InlineData("part-number-marker=x", "part-number-marker")]
    public async Task ListParts_with_a_bad_page_parameter_is_InvalidArgument(string query, string name)
    {
        var id = (await Client.InitiateMultipartUploadAsync(Bucket, "parts.bin")).UploadId;
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        using var response = await http.GetAsync($"/{Bucket}/parts.bin?uploadId={Uri.EscapeDataString(id)}&{query}");

        ((int)response.StatusCode).Should().Be(400);
        (await response.Content.ReadAsStringAsync()).Should().Contain("<Code>InvalidArgument</Code>")
            .And.Contain($"<Message>Provided {name} not an integer or within integer range</Message>")
            .And.Contain($"<ArgumentName>{name}</ArgumentName>");
        Server.Requests.For("s3", "ListParts", Bucket).Single().StatusCode.Should().Be(400);
    }

    [Theory]
    [InlineData("max-uploads=-1", "<ArgumentName>max-uploads</ArgumentName>")]
    [InlineData("encoding-type=base64", "<ArgumentName>encoding-type</ArgumentName>")]
    public async Task ListMultipartUploads_with_a_bad_parameter_is_InvalidArgument(string query, string argument)
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        using var response = await http.GetAsync($"/{Bucket}?uploads&{query}");

        ((int)response.StatusCode).Should().Be(400);
        (await response.Content.ReadAsStringAsync()).Should().Contain("<Code>InvalidArgument</Code>").And.Contain(argument);
        Server.Requests.For("s3", "ListMultipartUploads", Bucket).Single().StatusCode.Should().Be(400);
    }

    [Fact]
    public async Task CopyObject_of_a_delete_marker_by_version_id_is_InvalidRequest()
    {
        var marker = await DeleteMarkerOfAsync("gone");

        var copy = () => Client.CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = Bucket, SourceKey = "gone", SourceVersionId = marker.VersionId, DestinationBucket = Bucket, DestinationKey = "copy",
        });

        var error = (await copy.Should().ThrowAsync<AmazonS3Exception>()).Which;
        (error.StatusCode, error.ErrorCode, error.Message).Should().Be((HttpStatusCode.BadRequest, "InvalidRequest",
            "The source of a copy request may not specifically refer to a delete marker by version id."));
        State.FindObject(Bucket, "copy").Should().BeNull();
    }

    /// <summary>Enables versioning, writes the key and deletes it: the answer names the delete marker.</summary>
    private async Task<DeleteObjectResponse> DeleteMarkerOfAsync(string key)
    {
        await Client.PutBucketVersioningAsync(new PutBucketVersioningRequest
        {
            BucketName = Bucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
        });
        await Client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, ContentBody = "x" });
        return await Client.DeleteObjectAsync(Bucket, key);
    }
}
