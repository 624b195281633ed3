using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3VersioningTests : LocalAwsTestBase
{
    private const string Bucket = "versioned";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket(Bucket);
    }

    [Fact]
    public async Task A_new_bucket_reports_no_status_then_Enabled_then_Suspended()
    {
        var before = await Client.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = Bucket });
        await SetVersioning(VersionStatus.Enabled);
        var enabled = await Client.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = Bucket });
        await SetVersioning(VersionStatus.Suspended);
        var suspended = await Client.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = Bucket });

        before.VersioningConfig.Status.Should().Be(VersionStatus.Off);
        enabled.VersioningConfig.Status.Should().Be(VersionStatus.Enabled);
        suspended.VersioningConfig.Status.Should().Be(VersionStatus.Suspended);
        Server.Requests.For("s3", "PutBucketVersioning").Select(r => r.Parameter("Status")).Should().Equal("Enabled", "Suspended");
    }

    [Fact]
    public async Task PutBucketVersioning_with_a_status_other_than_Enabled_or_Suspended_is_MalformedXML()
    {
        var put = () => SetVersioning(new VersionStatus("Sideways"));

        var error = (await put.Should().ThrowAsync<AmazonS3Exception>()).Which;

        (error.StatusCode, error.ErrorCode).Should().Be((HttpStatusCode.BadRequest, "MalformedXML"));
        (await Client.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = Bucket })).VersioningConfig.Status.Should().Be(VersionStatus.Off);
    }

    [Fact]
    public async Task Versioning_of_a_missing_bucket_is_NoSuchBucket()
    {
        var get = () => Client.GetBucketVersioningAsync(new GetBucketVersioningRequest { BucketName = "missing" });
        var put = () => Client.PutBucketVersioningAsync(new PutBucketVersioningRequest
        {
            BucketName = "missing", VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
        });

        (await get.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchBucket");
        (await put.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchBucket");
    }

    [Fact]
    public async Task Each_write_of_a_versioned_key_is_a_version_that_GetObject_reads_by_id()
    {
        await SetVersioning(VersionStatus.Enabled);
        var first = await Put("k", "one");
        var second = await Put("k", "two");

        var old = await Read("k", first.VersionId);
        var current = await Client.GetObjectAsync(Bucket, "k");
        var head = await Client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = Bucket, Key = "k", VersionId = first.VersionId });

        first.VersionId.Should().HaveLength(32).And.NotBe(second.VersionId);
        old.Should().Be("one");
        current.VersionId.Should().Be(second.VersionId);
        head.VersionId.Should().Be(first.VersionId);
        head.ContentLength.Should().Be(3);
        Server.Requests.For("s3", "GetObject")[0].Parameter("VersionId").Should().Be(first.VersionId);
    }

    [Fact]
    public async Task An_unversioned_bucket_sends_no_version_id_and_replaces_the_object()
    {
        var put = await Put("k", "one");
        await Put("k", "two");

        var versions = await Client.ListVersionsAsync(new ListVersionsRequest { BucketName = Bucket });

        put.VersionId.Should().BeNull();
        versions.Versions.Select(v => (v.Key, v.VersionId, v.IsLatest)).Should().Equal(("k", "null", true));
        (await Read("k", "null")).Should().Be("two");
    }

    [Fact]
    public async Task DeleteObject_of_a_versioned_key_leaves_a_delete_marker_that_hides_it()
    {
        await SetVersioning(VersionStatus.Enabled);
        var written = await Put("k", "one");

        var deleted = await Client.DeleteObjectAsync(Bucket, "k");
        var get = () => Client.GetObjectAsync(Bucket, "k");
        var getMarker = () => Client.GetObjectAsync(new GetObjectRequest { BucketName = Bucket, Key = "k", VersionId = deleted.VersionId });

        deleted.DeleteMarker.Should().Be("true");
        deleted.VersionId.Should().HaveLength(32);
        (await get.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchKey");
        var notAllowed = (await getMarker.Should().ThrowAsync<AmazonS3Exception>()).Which;
        (notAllowed.StatusCode, notAllowed.ErrorCode, notAllowed.Message).Should().Be(
            (HttpStatusCode.MethodNotAllowed, "MethodNotAllowed", "The specified method is not allowed against this resource."));
        (await Read("k", written.VersionId)).Should().Be("one");
        State.FindObject(Bucket, "k").Should().BeNull();

        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        using var raw = await http.GetAsync($"/{Bucket}/k");
        raw.Headers.GetValues("x-amz-delete-marker").Should().Equal("true");
        raw.Headers.GetValues("x-amz-version-id").Should().Equal(deleted.VersionId);
    }

    [Fact]
    public async Task Deleting_the_delete_marker_by_id_brings_the_object_back()
    {
        await SetVersioning(VersionStatus.Enabled);
        await Put("k", "one");
        var marker = await Client.DeleteObjectAsync(Bucket, "k");

        var undeleted = await Client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = Bucket, Key = "k", VersionId = marker.VersionId });

        (undeleted.DeleteMarker, undeleted.VersionId).Should().Be(("true", marker.VersionId));
        (await Read("k", null)).Should().Be("one");
    }

    [Fact]
    public async Task Deleting_the_current_version_by_id_makes_the_one_before_current()
    {
        await SetVersioning(VersionStatus.Enabled);
        var first = await Put("k", "one");
        var second = await Put("k", "two");

        var deleted = await Client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = Bucket, Key = "k", VersionId = second.VersionId });
        var versions = await Client.ListVersionsAsync(new ListVersionsRequest { BucketName = Bucket });

        deleted.VersionId.Should().Be(second.VersionId);
        deleted.DeleteMarker.Should().BeNull();
        (await Read("k", null)).Should().Be("one");
        versions.Versions.Select(v => (v.VersionId, v.IsLatest)).Should().Equal((first.VersionId, true));
    }

    [Fact]
    public async Task While_suspended_writes_and_deletes_replace_the_null_version_and_keep_the_others()
    {
        await Put("k", "unversioned");
        await SetVersioning(VersionStatus.Enabled);
        var enabled = await Put("k", "enabled");
        await SetVersioning(VersionStatus.Suspended);
        await Put("k", "suspended one");
        await Put("k", "suspended two");
        await Client.DeleteObjectAsync(Bucket, "k");

        var versions = await Client.ListVersionsAsync(new ListVersionsRequest { BucketName = Bucket });

        versions.Versions.Select(v => (v.VersionId, v.IsDeleteMarker == true, v.IsLatest)).Should().Equal(
            ("null", true, true), (enabled.VersionId, false, false));
        (await Read("k", enabled.VersionId)).Should().Be("enabled");
    }

    [Theory]
    [InlineData("GetObject")]
    [InlineData("DeleteObject")]
    public async Task A_malformed_version_id_is_InvalidArgument(string operation)
    {
        await Put("k", "one");

        Func<Task> call = operation == "GetObject"
            ? () => Client.GetObjectAsync(new GetObjectRequest { BucketName = Bucket, Key = "k", VersionId = "not-a-version" })
            : () => Client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = Bucket, Key = "k", VersionId = "not-a-version" });

        var error = (await call.Should().ThrowAsync<AmazonS3Exception>()).Which;
        (error.StatusCode, error.ErrorCode, error.Message).Should().Be((HttpStatusCode.BadRequest, "InvalidArgument", "Invalid version id specified"));
        State.FindObject(Bucket, "k").Should().NotBeNull();
    }

    [Fact]
    public async Task A_well_formed_version_id_the_key_never_had_is_NoSuchVersion_to_read_and_a_no_op_to_delete()
    {
        await SetVersioning(VersionStatus.Enabled);
        await Put("k", "one");
        var unknown = new string('A', 32);

        var get = () => Client.GetObjectAsync(new GetObjectRequest { BucketName = Bucket, Key = "k", VersionId = unknown });
        var deleted = await Client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = Bucket, Key = "k", VersionId = unknown });

        var error = (await get.Should().ThrowAsync<AmazonS3Exception>()).Which;
        (error.StatusCode, error.ErrorCode, error.Message).Should().Be((HttpStatusCode.NotFound, "NoSuchVersion", "The specified version does not exist."));
        deleted.HttpStatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Read("k", null)).Should().Be("one");
    }

    [Fact]
    public async Task DeleteObjects_deletes_versions_by_id_and_leaves_markers_for_keys_without_one()
    {
        await SetVersioning(VersionStatus.Enabled);
        var a = await Put("a", "1");
        await Put("b", "1");

        var delete = () => Client.DeleteObjectsAsync(new DeleteObjectsRequest
        {
            BucketName = Bucket,
            Objects = [new KeyVersion { Key = "a", VersionId = a.VersionId }, new KeyVersion { Key = "b" }, new KeyVersion { Key = "c", VersionId = "bad" }],
        });
        var response = (await delete.Should().ThrowAsync<DeleteObjectsException>()).Which.Response;
        var versions = await Client.ListVersionsAsync(new ListVersionsRequest { BucketName = Bucket });

        response.DeletedObjects.Select(d => (d.Key, (string?)d.VersionId, d.DeleteMarker)).Should().Equal(("a", a.VersionId, null), ("b", null, true));
        response.DeletedObjects[1].DeleteMarkerVersionId.Should().HaveLength(32);
        response.DeleteErrors.Select(e => (e.Key, e.VersionId, e.Code)).Should().Equal(("c", "bad", "NoSuchVersion"));
        versions.Versions.Select(v => (v.Key, v.IsDeleteMarker == true, v.IsLatest)).Should().Equal(("b", true, true), ("b", false, false));
    }

    [Fact]
    public async Task A_bucket_with_only_older_versions_and_markers_is_not_empty()
    {
        await SetVersioning(VersionStatus.Enabled);
        await Put("k", "one");
        await Client.DeleteObjectAsync(Bucket, "k");

        var delete = () => Client.DeleteBucketAsync(Bucket);

        (await delete.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("BucketNotEmpty");
    }

    [Fact]
    public async Task CopyObject_copies_the_version_the_source_names()
    {
        await SetVersioning(VersionStatus.Enabled);
        var first = await Put("k", "one");
        await Put("k", "two");

        var copy = await Client.CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = Bucket, SourceKey = "k", SourceVersionId = first.VersionId, DestinationBucket = Bucket, DestinationKey = "copy",
        });

        (await Read("copy", null)).Should().Be("one");
        copy.SourceVersionId.Should().Be(first.VersionId);
        copy.VersionId.Should().HaveLength(32);
    }

    internal Task SetVersioning(VersionStatus status) => Client.PutBucketVersioningAsync(new PutBucketVersioningRequest
    {
        BucketName = Bucket, VersioningConfig = new S3BucketVersioningConfig { Status = status },
    });

    internal Task<PutObjectResponse> Put(string key, string content) =>
        Client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, ContentBody = content });

    private async Task<string> Read(string key, string? versionId)
    {
        using var response = await Client.GetObjectAsync(new GetObjectRequest { BucketName = Bucket, Key = key, VersionId = versionId });
        using var reader = new StreamReader(response.ResponseStream);
        return await reader.ReadToEndAsync();
    }
}
