using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3ListObjectVersionsTests : LocalAwsTestBase
{
    private const string Bucket = "history";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket(Bucket);
        await Client.PutBucketVersioningAsync(new PutBucketVersioningRequest
        {
            BucketName = Bucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
        });
    }

    [Fact]
    public async Task Versions_come_by_key_then_newest_first_with_delete_markers_in_place()
    {
        var b1 = await Put("b");
        var a1 = await Put("a");
        var b2 = await Put("b");
        var marker = await Client.DeleteObjectAsync(Bucket, "a");
        var c1 = await Put("c");

        var response = await Client.ListVersionsAsync(new ListVersionsRequest { BucketName = Bucket });

        response.Versions.Select(v => (v.Key, v.VersionId, v.IsLatest, v.IsDeleteMarker == true)).Should().Equal(
            ("a", marker.VersionId, true, true),
            ("a", a1, false, false),
            ("b", b2, true, false),
            ("b", b1, false, false),
            ("c", c1, true, false));
        response.Versions[2].Size.Should().Be(1);
        response.Versions[2].ETag.Should().Be(State.FindObject(Bucket, "b")!.ETag);
        response.IsTruncated.Should().BeFalse();
        response.NextKeyMarker.Should().BeNull();
    }

    [Fact]
    public async Task The_SDK_paginator_reads_every_version_once_in_pages_of_MaxKeys()
    {
        var written = new List<(string Key, string VersionId)>();
        foreach (var key in new[] { "k1", "k2", "k3" })
        {
            for (var i = 0; i < 3; i++)
            {
                written.Add((key, await Put(key)));
            }
        }

        var listed = new List<(string, string)>();
        await foreach (var version in Client.Paginators.ListVersions(new ListVersionsRequest { BucketName = Bucket, MaxKeys = 2 }).Versions)
        {
            listed.Add((version.Key, version.VersionId));
        }

        var expected = written.GroupBy(w => w.Key).SelectMany(g => g.Reverse()).ToList();
        listed.Should().Equal(expected);
        var requests = Server.Requests.For("s3", "ListObjectVersions");
        requests.Should().HaveCount(5);
        requests[1].Parameters.Should().Equal(new Dictionary<string, string>
        {
            ["MaxKeys"] = "2",
            ["KeyMarker"] = "k1",
            ["VersionIdMarker"] = expected[1].VersionId,
        });
    }

    [Fact]
    public async Task A_key_marker_alone_resumes_after_every_version_of_that_key()
    {
        await Put("a");
        await Put("a");
        var b = await Put("b");

        var response = await Client.ListVersionsAsync(new ListVersionsRequest { BucketName = Bucket, KeyMarker = "a" });

        Versions(response).Should().Equal(b);
        response.KeyMarker.Should().Be("a");
    }

    [Fact]
    public async Task A_delimiter_rolls_keys_up_and_a_prefix_marker_resumes_past_it()
    {
        await Put("logs/1");
        await Put("logs/2");
        var top = await Put("top");

        var first = await Client.ListVersionsAsync(new ListVersionsRequest { BucketName = Bucket, Delimiter = "/", MaxKeys = 1 });
        var second = await Client.ListVersionsAsync(new ListVersionsRequest { BucketName = Bucket, Delimiter = "/", MaxKeys = 1, KeyMarker = first.NextKeyMarker });

        first.CommonPrefixes.Should().Equal("logs/");
        (first.IsTruncated, first.NextKeyMarker).Should().Be((true, "logs/"));
        first.NextVersionIdMarker.Should().BeNull();
        Versions(second).Should().Equal(top);
        second.IsTruncated.Should().BeFalse();
    }

    [Fact]
    public async Task EncodingType_url_encodes_keys_prefixes_and_markers()
    {
        await Put("a b/c+d");
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        var body = await http.GetStringAsync($"/{Bucket}?versions&encoding-type=url&delimiter=%2B&key-marker=a%20a");

        body.Should().Contain("<KeyMarker>a%20a</KeyMarker>").And.Contain("<Prefix>a%20b/c%2B</Prefix>").And.Contain("<EncodingType>url</EncodingType>");
    }

    [Fact]
    public async Task A_version_id_marker_without_a_key_marker_is_InvalidArgument()
    {
        var list = () => Client.ListVersionsAsync(new ListVersionsRequest { BucketName = Bucket, VersionIdMarker = new string('A', 32) });

        var error = (await list.Should().ThrowAsync<AmazonS3Exception>()).Which;

        (error.StatusCode, error.ErrorCode, error.Message).Should().Be(
            (HttpStatusCode.BadRequest, "InvalidArgument", "A version-id marker cannot be specified without a key marker."));
    }

    [Fact]
    public async Task A_malformed_version_id_marker_is_InvalidArgument()
    {
        var list = () => Client.ListVersionsAsync(new ListVersionsRequest { BucketName = Bucket, KeyMarker = "a", VersionIdMarker = "invalid" });

        var error = (await list.Should().ThrowAsync<AmazonS3Exception>()).Which;

        (error.StatusCode, error.ErrorCode, error.Message).Should().Be((HttpStatusCode.BadRequest, "InvalidArgument", "Invalid version id specified"));
    }

    [Theory]
    [InlineData("max-keys=-1", "Provided max-keys not an integer or within integer range")]
    [InlineData("encoding-type=base64", "Invalid Encoding Method specified in Request")]
    public async Task A_bad_max_keys_or_encoding_type_is_InvalidArgument(string query, string message)
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        using var response = await http.GetAsync($"/{Bucket}?versions&{query}");
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.Should().Contain("<Code>InvalidArgument</Code>").And.Contain($"<Message>{message}</Message>");
    }

    [Fact]
    public async Task Listing_the_versions_of_a_missing_bucket_is_NoSuchBucket()
    {
        var list = () => Client.ListVersionsAsync(new ListVersionsRequest { BucketName = "missing" });

        (await list.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchBucket");
    }

    private static List<string> Versions(ListVersionsResponse response) => response.Versions.ConvertAll(v => v.VersionId);

    private async Task<string> Put(string key) =>
        (await Client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, ContentBody = "x" })).VersionId;
}
