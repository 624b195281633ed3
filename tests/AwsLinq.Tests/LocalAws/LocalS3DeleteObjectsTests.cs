using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3DeleteObjectsTests : LocalAwsTestBase
{
    private const string Bucket = "deleting";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket(Bucket);
        State.SeedObjects(Bucket, new[] { "a", "b", "c", "d" }.Select(k => Seeded(k)));
    }

    private static DeleteObjectsRequest Request(bool quiet, params string[] keys) => new()
    {
        BucketName = Bucket,
        Quiet = quiet,
        Objects = keys.Select(k => new KeyVersion { Key = k }).ToList(),
    };

    [Fact]
    public async Task Verbose_mode_reports_every_key_as_deleted_including_missing_ones()
    {
        var response = await Client.DeleteObjectsAsync(Request(false, "a", "b", "missing"));

        response.DeletedObjects.Select(d => d.Key).Should().Equal("a", "b", "missing");
        State.ListAll(Bucket).Select(o => o.Key).Should().Equal("c", "d");
        var logged = Server.Requests.For("s3", "DeleteObjects", Bucket).Single();
        logged.Parameter("ObjectCount").Should().Be("3");
        logged.Parameter("Quiet").Should().Be("false");
    }

    [Fact]
    public async Task Quiet_mode_returns_no_deleted_entries()
    {
        var response = await Client.DeleteObjectsAsync(Request(true, "a", "c"));

        response.DeletedObjects.Should().BeNullOrEmpty();
        response.DeleteErrors.Should().BeNullOrEmpty();
        State.ListAll(Bucket).Select(o => o.Key).Should().Equal("b", "d");
        Server.Requests.For("s3", "DeleteObjects").Single().Parameter("Quiet").Should().Be("true");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Denied_keys_come_back_as_errors_which_the_sdk_raises_as_DeleteObjectsException(bool quiet)
    {
        State.Faults.DeniedDeleteKeys = new HashSet<string> { "b" };

        var act = () => Client.DeleteObjectsAsync(Request(quiet, "a", "b"));

        var error = (await act.Should().ThrowAsync<DeleteObjectsException>()).Which;
        error.Response.DeleteErrors.Should().ContainSingle(e => e.Key == "b" && e.Code == "AccessDenied");
        (error.Response.DeletedObjects ?? []).Select(d => d.Key).Should().Equal(quiet ? [] : ["a"]);
        State.ListAll(Bucket).Select(o => o.Key).Should().Equal("b", "c", "d");
    }

    [Fact]
    public async Task A_denied_key_makes_DeleteObject_fail_with_AccessDenied()
    {
        State.Faults.DeniedDeleteKeys = new HashSet<string> { "a" };

        var act = () => Client.DeleteObjectAsync(Bucket, "a");

        (await act.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("AccessDenied");
    }

    [Fact]
    public async Task More_than_1000_keys_throws_MalformedXML()
    {
        var act = () => Client.DeleteObjectsAsync(Request(true, [.. Enumerable.Range(0, 1001).Select(i => $"k{i}")]));

        (await act.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("MalformedXML");
    }
}
