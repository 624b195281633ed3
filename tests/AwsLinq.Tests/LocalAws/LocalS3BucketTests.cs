using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3BucketTests : LocalAwsTestBase
{
    [Fact]
    public async Task CreateBucket_over_http_creates_it_in_the_server_region()
    {
        await Client.PutBucketAsync("fresh-bucket");

        State.BucketExists("fresh-bucket").Should().BeTrue();
        var listed = await Client.ListBucketsAsync(new ListBucketsRequest { Prefix = "fresh" });
        listed.Buckets.Single().BucketRegion.Should().Be("us-east-1");
        Server.Requests.For("s3", "CreateBucket", "fresh-bucket").Single().StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task CreateBucket_with_a_location_constraint_records_that_region()
    {
        await Client.PutBucketAsync(new PutBucketRequest
        {
            BucketName = "west-bucket",
            BucketRegionName = "us-west-2",
        });

        var location = await Client.GetBucketLocationAsync("west-bucket");

        location.Location.Value.Should().Be("us-west-2");
        Server.Requests.For("s3", "CreateBucket").Single().Parameter("LocationConstraint").Should().Be("us-west-2");
    }

    [Fact]
    public async Task CreateBucket_twice_throws_BucketAlreadyOwnedByYou()
    {
        await Client.PutBucketAsync("twice");

        var act = () => Client.PutBucketAsync("twice");

        var error = (await act.Should().ThrowAsync<AmazonS3Exception>()).Which;
        error.ErrorCode.Should().Be("BucketAlreadyOwnedByYou");
        error.StatusCode.Should().Be(System.Net.HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreateBucket_with_an_invalid_name_throws_InvalidBucketName()
    {
        var act = () => Client.PutBucketAsync("Bad_Name");

        (await act.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("InvalidBucketName");
    }

    [Fact]
    public async Task DeleteBucket_removes_an_empty_bucket()
    {
        State.CreateBucket("empty-one");

        await Client.DeleteBucketAsync("empty-one");

        State.BucketExists("empty-one").Should().BeFalse();
    }

    [Fact]
    public async Task DeleteBucket_of_a_bucket_with_objects_throws_BucketNotEmpty()
    {
        State.CreateBucket("full-one");
        State.PutObject("full-one", "k", "x"u8);

        var act = () => Client.DeleteBucketAsync("full-one");

        (await act.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("BucketNotEmpty");
        State.BucketExists("full-one").Should().BeTrue();
    }

    [Fact]
    public async Task DeleteBucket_of_a_missing_bucket_throws_NoSuchBucket()
    {
        var act = () => Client.DeleteBucketAsync("never-made");

        (await act.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("NoSuchBucket");
    }

    [Fact]
    public void CreateBucket_in_state_rejects_invalid_names_and_duplicates()
    {
        State.CreateBucket("dup-bucket");

        FluentActions.Invoking(() => State.CreateBucket("x")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => State.CreateBucket("dup-bucket")).Should().Throw<InvalidOperationException>()
            .WithMessage("Bucket 'dup-bucket' already exists.");
    }
}
