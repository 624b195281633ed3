using System.Text;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3ListObjectsTests : LocalAwsTestBase
{
    private const string Bucket = "listing";

    // UTF-16 ordinal would put "a/😀" (a surrogate pair) before "a/\uFFFD"; UTF-8 byte order puts it after.
    private static readonly string[] Keys =
        ["é", "Z", "a/😀", "a/\uFFFD", "a/b/c", "a/b/d", "a/c", "b", "b/x", "c d+e", "~"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket(Bucket);
        State.SeedObjects(Bucket, Keys.Select(k => Seeded(k)));
    }

    private static IEnumerable<string> InUtf8Order(IEnumerable<string> keys) =>
        keys.OrderBy(k => Encoding.UTF8.GetBytes(k), Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y)));

    [Fact]
    public async Task Paging_with_MaxKeys_returns_every_key_once_in_UTF8_byte_order()
    {
        var listed = new List<string>();
        var request = new ListObjectsV2Request { BucketName = Bucket, MaxKeys = 3 };
        ListObjectsV2Response page;
        do
        {
            page = await Client.ListObjectsV2Async(request);
            page.KeyCount.Should().BeLessThanOrEqualTo(3);
            listed.AddRange(page.S3Objects.Select(o => o.Key));
            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);

        listed.Should().Equal(InUtf8Order(Keys));
        listed.IndexOf("a/😀").Should().BeGreaterThan(listed.IndexOf("a/\uFFFD"));
        var requests = Server.Requests.For("s3", "ListObjectsV2", Bucket);
        requests.Should().HaveCount(4);
        requests[0].Parameters.Should().Equal(new Dictionary<string, string> { ["MaxKeys"] = "3" });
        requests.Skip(1).Should().OnlyContain(r => r.Parameters.ContainsKey("ContinuationToken"));
    }

    [Fact]
    public async Task ListAll_returns_the_same_order_as_the_wire()
    {
        var page = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket });

        State.ListAll(Bucket).Select(o => o.Key).Should().Equal(page.S3Objects.Select(o => o.Key));
        page.IsTruncated.Should().BeFalse();
        page.NextContinuationToken.Should().BeNull();
    }

    [Fact]
    public async Task StartAfter_and_Prefix_narrow_the_listing()
    {
        var page = await Client.ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = Bucket,
            Prefix = "a/",
            StartAfter = "a/b/c",
        });

        page.S3Objects.Select(o => o.Key).Should().Equal("a/b/d", "a/c", "a/\uFFFD", "a/😀");
        page.StartAfter.Should().Be("a/b/c");
        page.Prefix.Should().Be("a/");
        Server.Requests.For("s3", "ListObjectsV2").Single().Parameters
            .Should().Contain(new KeyValuePair<string, string>("StartAfter", "a/b/c"))
            .And.Contain(new KeyValuePair<string, string>("Prefix", "a/"));
    }

    [Fact]
    public async Task Delimiter_rolls_keys_up_into_CommonPrefixes_that_count_against_MaxKeys()
    {
        var listed = new List<string>();
        var request = new ListObjectsV2Request { BucketName = Bucket, Prefix = "a/", Delimiter = "/", MaxKeys = 1 };
        ListObjectsV2Response page;
        do
        {
            page = await Client.ListObjectsV2Async(request);
            page.KeyCount.Should().Be(1);
            listed.AddRange((page.S3Objects ?? []).Select(o => o.Key));
            listed.AddRange(page.CommonPrefixes ?? []);
            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);

        listed.Should().Equal("a/b/", "a/c", "a/\uFFFD", "a/😀");
    }

    [Fact]
    public async Task Delimiter_at_the_root_separates_folders_from_files()
    {
        var page = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, Delimiter = "/" });

        page.CommonPrefixes.Should().Equal("a/", "b/");
        page.S3Objects.Select(o => o.Key).Should().Equal("Z", "b", "c d+e", "~", "é");
        page.Delimiter.Should().Be("/");
    }

    [Fact]
    public async Task FetchOwner_true_adds_owners_and_the_default_leaves_them_out()
    {
        var without = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, MaxKeys = 1 });
        var with = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, MaxKeys = 1, FetchOwner = true });

        without.S3Objects.Single().Owner.Should().BeNull();
        with.S3Objects.Single().Owner.DisplayName.Should().Be(AwsLinq.LocalAws.LocalS3Object.DefaultOwnerDisplayName);
        with.S3Objects.Single().Owner.Id.Should().Be(AwsLinq.LocalAws.LocalS3Object.DefaultOwnerId);
        Server.Requests.For("s3", "ListObjectsV2")[1].Parameter("FetchOwner").Should().Be("true");
    }

    [Fact]
    public async Task Listed_objects_carry_size_date_etag_and_storage_class()
    {
        State.SeedObjects(Bucket, [new AwsLinq.LocalAws.LocalS3Object(
            "meta", 42, new DateTimeOffset(2023, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(2)), "\"abc-2\"", "GLACIER")]);

        var item = (await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, Prefix = "meta" })).S3Objects.Single();

        item.Size.Should().Be(42);
        item.LastModified.Should().Be(new DateTime(2023, 1, 2, 1, 4, 5, DateTimeKind.Utc).ToLocalTime());
        item.ETag.Should().Be("\"abc-2\"");
        item.StorageClass.Should().Be(S3StorageClass.Glacier);
    }

    [Fact]
    public async Task MaxKeys_above_1000_is_echoed_but_a_page_holds_at_most_1000()
    {
        State.SeedObjects(Bucket, Enumerable.Range(0, 1005).Select(i => Seeded($"many/{i:D4}")));

        var page = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, Prefix = "many/", MaxKeys = 5000 });

        page.S3Objects.Should().HaveCount(1000);
        page.MaxKeys.Should().Be(5000);
        page.IsTruncated.Should().BeTrue();
    }

    [Fact]
    public async Task MaxKeys_zero_returns_an_empty_untruncated_page()
    {
        var page = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, MaxKeys = 0 });

        page.S3Objects.Should().BeNullOrEmpty();
        page.KeyCount.Should().Be(0);
        page.IsTruncated.Should().BeFalse();
    }

    [Fact]
    public async Task Negative_MaxKeys_throws_InvalidArgument()
    {
        var act = () => Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, MaxKeys = -1 });

        var error = (await act.Should().ThrowAsync<AmazonS3Exception>()).Which;
        error.ErrorCode.Should().Be("InvalidArgument");
        error.Message.Should().Be("Provided max-keys not an integer or within integer range");
        Server.Requests.For("s3", "ListObjectsV2").Single().StatusCode.Should().Be(400);
    }

    [Fact]
    public async Task An_invalid_continuation_token_throws_InvalidArgument()
    {
        var act = () => Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, ContinuationToken = "not a token!" });

        (await act.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("InvalidArgument");
    }

    [Fact]
    public async Task A_missing_bucket_throws_NoSuchBucket()
    {
        var act = () => Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "no-such-bucket" });

        var error = (await act.Should().ThrowAsync<AmazonS3Exception>()).Which;
        error.ErrorCode.Should().Be("NoSuchBucket");
        error.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        Server.Requests.For("s3", "ListObjectsV2", "no-such-bucket").Single().StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task EncodingType_url_percent_encodes_keys_and_prefixes()
    {
        var page = await Client.ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = Bucket,
            Prefix = "c",
            Encoding = EncodingType.Url,
        });

        page.Encoding.Should().Be(EncodingType.Url);
        page.S3Objects.Single().Key.Should().Be("c%20d%2Be");
        Uri.UnescapeDataString(page.S3Objects.Single().Key).Should().Be("c d+e");
    }

    [Fact]
    public async Task The_paginator_of_the_sdk_reads_every_key()
    {
        var keys = new List<string>();
        await foreach (var item in Client.Paginators.ListObjectsV2(new ListObjectsV2Request { BucketName = Bucket, MaxKeys = 2 }).S3Objects)
        {
            keys.Add(item.Key);
        }

        keys.Should().Equal(InUtf8Order(Keys));
    }

    [Fact]
    public async Task Keys_with_xml_special_and_control_characters_round_trip()
    {
        string[] keys = ["x/<&>\"'", "x/ctl\u0001", "x/cr\r\nlf", "x/tab\there"];
        State.SeedObjects(Bucket, keys.Select(k => Seeded(k)));

        var plain = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, Prefix = "x/" });

        plain.S3Objects.Select(o => o.Key).Should().Equal(InUtf8Order(keys));
    }
}
