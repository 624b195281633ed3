using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3ObjectAttributesTests : LocalAwsTestBase
{
    private const string Bucket = "attributes";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket(Bucket);
    }

    [Fact]
    public async Task The_attributes_asked_for_come_back_with_the_ETag_unquoted()
    {
        var put = await Client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = "k", ContentBody = "hello", ChecksumAlgorithm = ChecksumAlgorithm.SHA256 });

        var attributes = await Client.GetObjectAttributesAsync(new GetObjectAttributesRequest
        {
            BucketName = Bucket, Key = "k", ObjectAttributes = [ObjectAttributes.ETag, ObjectAttributes.ObjectSize, ObjectAttributes.StorageClass, ObjectAttributes.Checksum],
        });

        attributes.ETag.Should().Be(put.ETag.Trim('"'));
        attributes.ObjectSize.Should().Be(5);
        attributes.StorageClass.Should().Be(S3StorageClass.Standard);
        attributes.Checksum.ChecksumSHA256.Should().Be(put.ChecksumSHA256);
        attributes.ObjectParts.Should().BeNull();
        Server.Requests.For("s3", "GetObjectAttributes").Single().Parameter("ObjectAttributes").Should().Be("ETag,ObjectSize,StorageClass,Checksum");
    }

    [Fact]
    public async Task A_multipart_object_reports_its_part_count()
    {
        State.SeedObjects(Bucket, [new AwsLinq.LocalAws.LocalS3Object("big", 10, DateTimeOffset.UnixEpoch, ETag: "\"0123456789abcdef0123456789abcdef-3\"")]);

        var attributes = await Client.GetObjectAttributesAsync(new GetObjectAttributesRequest { BucketName = Bucket, Key = "big", ObjectAttributes = [ObjectAttributes.ObjectParts, ObjectAttributes.ETag] });

        attributes.ObjectParts.TotalPartsCount.Should().Be(3);
        attributes.ETag.Should().Be("0123456789abcdef0123456789abcdef-3");
        attributes.ObjectSize.Should().BeNull();
    }

    [Fact]
    public async Task A_missing_header_is_InvalidRequest_and_an_unknown_name_InvalidArgument()
    {
        State.PutObject(Bucket, "k", "x"u8);
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        using var missing = await http.GetAsync($"/{Bucket}/k?attributes");
        using var unknownRequest = new HttpRequestMessage(HttpMethod.Get, $"/{Bucket}/k?attributes");
        unknownRequest.Headers.Add("x-amz-object-attributes", "ETag,ETags");
        using var unknown = await http.SendAsync(unknownRequest);

        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).Should().Contain("<Code>InvalidRequest</Code>")
            .And.Contain("<Message>The x-amz-object-attributes header specifying the attributes to be retrieved is either missing or empty</Message>");
        unknown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("<Code>InvalidArgument</Code>")
            .And.Contain("<Message>Invalid attribute name specified.</Message>").And.Contain("<ArgumentValue>ETags</ArgumentValue>");
    }

    [Fact]
    public async Task A_missing_key_is_NoSuchKey_and_an_unknown_version_NoSuchVersion()
    {
        State.PutObject(Bucket, "k", "x"u8);

        var missing = () => Client.GetObjectAttributesAsync(new GetObjectAttributesRequest { BucketName = Bucket, Key = "missing", ObjectAttributes = [ObjectAttributes.ETag] });
        var version = () => Client.GetObjectAttributesAsync(new GetObjectAttributesRequest
        {
            BucketName = Bucket, Key = "k", VersionId = new string('A', 32), ObjectAttributes = [ObjectAttributes.ETag],
        });

        (await missing.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchKey");
        (await version.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchVersion");
    }
}
