using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3ListObjectsV1Tests : LocalAwsTestBase
{
    private const string Bucket = "listed-v1";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket(Bucket);
        State.SeedObjects(Bucket, new[] { "a.txt", "photos/2023/x.jpg", "photos/2024/y.jpg", "photos/top.jpg", "z b+c.txt" }.Select(k => Seeded(k)));
    }

    [Fact]
    public async Task Marker_pages_without_NextMarker_when_no_delimiter_is_given()
    {
        var first = await Client.ListObjectsAsync(new ListObjectsRequest { BucketName = Bucket, MaxKeys = 2 });
        var second = await Client.ListObjectsAsync(new ListObjectsRequest { BucketName = Bucket, MaxKeys = 2, Marker = first.S3Objects[^1].Key });

        first.S3Objects.Select(o => o.Key).Should().Equal("a.txt", "photos/2023/x.jpg");
        first.IsTruncated.Should().BeTrue();
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };
        (await http.GetStringAsync($"/{Bucket}?max-keys=2")).Should().NotContain("NextMarker", "S3 sends it only with a delimiter");
        second.S3Objects.Select(o => o.Key).Should().Equal("photos/2024/y.jpg", "photos/top.jpg");
        second.S3Objects[0].Owner.Id.Should().Be(AwsLinq.LocalAws.LocalS3Object.DefaultOwnerId);
        Server.Requests.For("s3", "ListObjects")[1].Parameters.Should().Equal(new Dictionary<string, string>
        {
            ["MaxKeys"] = "2",
            ["Marker"] = "photos/2023/x.jpg",
        });
    }

    [Fact]
    public async Task With_a_delimiter_NextMarker_names_the_last_key_or_prefix_and_resumes_past_it()
    {
        var first = await Client.ListObjectsAsync(new ListObjectsRequest { BucketName = Bucket, Prefix = "photos/", Delimiter = "/", MaxKeys = 1 });
        var second = await Client.ListObjectsAsync(new ListObjectsRequest { BucketName = Bucket, Prefix = "photos/", Delimiter = "/", MaxKeys = 1, Marker = first.NextMarker });
        var third = await Client.ListObjectsAsync(new ListObjectsRequest { BucketName = Bucket, Prefix = "photos/", Delimiter = "/", MaxKeys = 1, Marker = second.NextMarker });

        first.CommonPrefixes.Should().Equal("photos/2023/");
        first.NextMarker.Should().Be("photos/2023/");
        second.CommonPrefixes.Should().Equal("photos/2024/");
        third.S3Objects.Select(o => o.Key).Should().Equal("photos/top.jpg");
        third.IsTruncated.Should().BeFalse();
        third.NextMarker.Should().BeNull();
    }

    [Fact]
    public async Task EncodingType_url_encodes_keys_and_markers()
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        var body = await http.GetStringAsync($"/{Bucket}?encoding-type=url&marker=photos%2Ftop.jpg");

        body.Should().Contain("<Key>z%20b%2Bc.txt</Key>").And.Contain("<Marker>photos/top.jpg</Marker>").And.Contain("<EncodingType>url</EncodingType>");
    }

    [Theory]
    [InlineData("max-keys=-1", "max-keys")]
    [InlineData("encoding-type=base64", "encoding-type")]
    public async Task Bad_parameters_are_InvalidArgument(string query, string argument)
    {
        using var http = new HttpClient { BaseAddress = Server.ServiceUrl };

        using var response = await http.GetAsync($"/{Bucket}?{query}");
        var body = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().Be(400);
        body.Should().Contain("<Code>InvalidArgument</Code>").And.Contain($"<ArgumentName>{argument}</ArgumentName>");
    }

    [Fact]
    public async Task A_missing_bucket_is_NoSuchBucket()
    {
        var act = () => Client.ListObjectsAsync(new ListObjectsRequest { BucketName = "no-such-bucket" });

        (await act.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchBucket");
    }
}
