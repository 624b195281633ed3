using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3ObjectTaggingTests : LocalAwsTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket("tagged");
        State.PutObject("tagged", "k", "x"u8);
    }

    [Fact]
    public async Task Tags_are_put_read_copied_and_deleted()
    {
        await Client.PutObjectTaggingAsync(new PutObjectTaggingRequest { BucketName = "tagged", Key = "k", Tagging = new Tagging { TagSet = [new Tag { Key = "env", Value = "dev" }] } });
        var read = await Client.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = "tagged", Key = "k" });
        await Client.CopyObjectAsync("tagged", "k", "tagged", "copy");
        var copied = await Client.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = "tagged", Key = "copy" });
        await Client.DeleteObjectTaggingAsync(new DeleteObjectTaggingRequest { BucketName = "tagged", Key = "k" });
        var deleted = await Client.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = "tagged", Key = "k" });

        read.Tagging.Select(t => (t.Key, t.Value)).Should().Equal(("env", "dev"));
        copied.Tagging.Select(t => (t.Key, t.Value)).Should().Equal(("env", "dev"));
        (deleted.Tagging ?? []).Should().BeEmpty();
    }

    [Fact]
    public async Task More_than_10_tags_are_InvalidTag_and_a_missing_key_is_NoSuchKey()
    {
        var tooMany = () => Client.PutObjectTaggingAsync(new PutObjectTaggingRequest
        {
            BucketName = "tagged", Key = "k", Tagging = new Tagging { TagSet = [.. Enumerable.Range(0, 11).Select(i => new Tag { Key = $"k{i}", Value = "v" })] },
        });
        var missing = () => Client.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = "tagged", Key = "missing" });

        var error = (await tooMany.Should().ThrowAsync<AmazonS3Exception>()).Which;
        (error.ErrorCode, error.Message).Should().Be(("InvalidTag", "Object tags cannot be greater than 10"));
        (await missing.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchKey");
    }
}
