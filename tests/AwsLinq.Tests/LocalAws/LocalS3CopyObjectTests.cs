using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3CopyObjectTests : LocalAwsTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket("from-bucket");
        State.CreateBucket("to-bucket");
    }

    [Fact]
    public async Task CopyObject_copies_bytes_and_metadata_between_buckets()
    {
        await Client.PutObjectAsync(new PutObjectRequest { BucketName = "from-bucket", Key = "a b.txt", ContentBody = "hello", ContentType = "text/plain", Metadata = { ["colour"] = "blue" } });

        var copied = await Client.CopyObjectAsync("from-bucket", "a b.txt", "to-bucket", "copy.txt");
        using var read = await Client.GetObjectAsync("to-bucket", "copy.txt");

        copied.ETag.Should().Be(State.FindObject("from-bucket", "a b.txt")!.ETag);
        new StreamReader(read.ResponseStream).ReadToEnd().Should().Be("hello");
        read.Headers.ContentType.Should().Be("text/plain");
        read.Metadata["colour"].Should().Be("blue");
        Server.Requests.For("s3", "CopyObject").Single().Parameter("CopySource").Should().Be("from-bucket%2Fa%20b.txt");
    }

    [Fact]
    public async Task REPLACE_takes_the_new_metadata()
    {
        await Client.PutObjectAsync(new PutObjectRequest { BucketName = "from-bucket", Key = "k", ContentBody = "x", Metadata = { ["colour"] = "blue" } });

        await Client.CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = "from-bucket", SourceKey = "k", DestinationBucket = "from-bucket", DestinationKey = "k",
            MetadataDirective = S3MetadataDirective.REPLACE, Metadata = { ["colour"] = "red" },
        });
        var head = await Client.GetObjectMetadataAsync("from-bucket", "k");

        head.Metadata["colour"].Should().Be("red");
    }

    [Fact]
    public async Task Copying_an_object_onto_itself_without_REPLACE_is_InvalidRequest()
    {
        State.PutObject("from-bucket", "k", "x"u8);

        var act = () => Client.CopyObjectAsync("from-bucket", "k", "from-bucket", "k");

        var error = (await act.Should().ThrowAsync<AmazonS3Exception>()).Which;
        (error.ErrorCode, error.Message).Should().Be(("InvalidRequest",
            "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes."));
    }

    [Theory]
    [InlineData("from-bucket", "missing", "NoSuchKey", 404)]
    [InlineData("no-such-bucket", "k", "NoSuchBucket", 404)]
    public async Task A_missing_source_is_answered_as_S3_does(string bucket, string key, string code, int status)
    {
        var act = () => Client.CopyObjectAsync(bucket, key, "to-bucket", "k");

        var error = (await act.Should().ThrowAsync<AmazonS3Exception>()).Which;
        (error.ErrorCode, (int)error.StatusCode).Should().Be((code, status));
    }

    [Fact]
    public async Task A_copy_source_without_a_key_is_InvalidArgument()
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var request = new HttpRequestMessage(HttpMethod.Put, "/to-bucket/k");
        request.Headers.Add("x-amz-copy-source", "from-bucket");

        using var response = await http.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).Should().Contain("<Code>InvalidArgument</Code>")
            .And.Contain("<Message>Copy Source must mention the source bucket and key: sourcebucket/sourcekey</Message>");
    }
}
