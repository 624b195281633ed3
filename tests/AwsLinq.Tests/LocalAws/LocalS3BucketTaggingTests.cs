using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3BucketTaggingTests : LocalAwsTestBase
{
    private const string Bucket = "tagged-bucket";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket(Bucket);
    }

    [Fact]
    public async Task Tags_are_put_read_and_deleted()
    {
        await Client.PutBucketTaggingAsync(new PutBucketTaggingRequest { BucketName = Bucket, TagSet = [new Tag { Key = "team", Value = "data" }, new Tag { Key = "env", Value = "" }] });
        var read = await Client.GetBucketTaggingAsync(new GetBucketTaggingRequest { BucketName = Bucket });
        await Client.DeleteBucketTaggingAsync(new DeleteBucketTaggingRequest { BucketName = Bucket });
        var afterDelete = () => Client.GetBucketTaggingAsync(new GetBucketTaggingRequest { BucketName = Bucket });

        read.TagSet.Select(t => (t.Key, t.Value)).Should().Equal(("team", "data"), ("env", ""));
        Server.Requests.For("s3", "PutBucketTagging").Single().Parameter("Tags").Should().Be("team=data,env=");
        var error = (await afterDelete.Should().ThrowAsync<AmazonS3Exception>()).Which;
        (error.StatusCode, error.ErrorCode, error.Message).Should().Be((HttpStatusCode.NotFound, "NoSuchTagSet", "The TagSet does not exist"));
    }

    [Fact]
    public async Task More_than_50_tags_are_InvalidTag()
    {
        var put = () => Put([.. Enumerable.Range(0, 51).Select(i => new Tag { Key = $"k{i}", Value = "v" })]);

        var error = (await put.Should().ThrowAsync<AmazonS3Exception>()).Which;

        (error.StatusCode, error.ErrorCode, error.Message).Should().Be((HttpStatusCode.BadRequest, "InvalidTag", "Bucket tag count cannot be greater than 50"));
    }

    [Theory]
    [InlineData("aws:createdBy", "v", "System tags cannot be added/updated by requester")]
    [InlineData("", "v", "The TagKey you have provided is too long, max 128")]
    [InlineData("k", "v", "Cannot provide multiple Tags with the same key")]
    public async Task A_system_empty_or_repeated_key_is_InvalidTag(string key, string value, string message)
    {
        var put = () => Put([new Tag { Key = key, Value = value }, .. key == "k" ? new[] { new Tag { Key = "k", Value = "again" } } : []]);

        var error = (await put.Should().ThrowAsync<AmazonS3Exception>()).Which;

        (error.ErrorCode, error.Message).Should().Be(("InvalidTag", message));
        var stillNone = () => Client.GetBucketTaggingAsync(new GetBucketTaggingRequest { BucketName = Bucket });
        (await stillNone.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchTagSet");
    }

    [Fact]
    public async Task A_body_that_is_not_XML_is_MalformedXML_and_a_missing_bucket_NoSuchBucket()
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        using var malformed = await http.PutAsync($"/{Bucket}?tagging", new StringContent("<Tagging><TagSet>"));
        var missing = () => Client.GetBucketTaggingAsync(new GetBucketTaggingRequest { BucketName = "missing" });

        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await malformed.Content.ReadAsStringAsync()).Should().Contain("<Code>MalformedXML</Code>");
        (await missing.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchBucket");
    }

    private Task Put(List<Tag> tags) => Client.PutBucketTaggingAsync(new PutBucketTaggingRequest { BucketName = Bucket, TagSet = tags });
}
