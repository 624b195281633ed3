using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3FaultTests : LocalAwsTestBase
{
    private const string Bucket = "faulty";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        State.CreateBucket(Bucket);
        State.SeedObjects(Bucket, Enumerable.Range(0, 10).Select(i => Seeded($"k{i}")));
    }

    [Fact]
    public async Task RepeatContinuationToken_answers_the_request_token_again_on_every_page()
    {
        State.Faults.RepeatContinuationToken = true;
        var request = new ListObjectsV2Request { BucketName = Bucket, MaxKeys = 3 };

        var first = await Client.ListObjectsV2Async(request);
        request.ContinuationToken = first.NextContinuationToken;
        var second = await Client.ListObjectsV2Async(request);
        var third = await Client.ListObjectsV2Async(request);

        first.IsTruncated.Should().BeTrue();
        first.NextContinuationToken.Should().NotBeNullOrEmpty();
        second.NextContinuationToken.Should().Be(first.NextContinuationToken);
        third.NextContinuationToken.Should().Be(first.NextContinuationToken);
        second.IsTruncated.Should().BeTrue();
        second.S3Objects.Select(o => o.Key).Should().Equal(third.S3Objects.Select(o => o.Key));
    }

    [Fact]
    public async Task OmitContinuationToken_leaves_truncated_pages_without_a_token()
    {
        State.Faults.OmitContinuationToken = true;

        var page = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, MaxKeys = 3 });

        page.IsTruncated.Should().BeTrue();
        page.NextContinuationToken.Should().BeNull();
        page.S3Objects.Should().HaveCount(3);
    }

    [Fact]
    public async Task Faults_do_not_touch_the_last_page()
    {
        State.Faults.RepeatContinuationToken = true;

        var page = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, MaxKeys = 100 });

        page.IsTruncated.Should().BeFalse();
        page.NextContinuationToken.Should().BeNull();
    }

    [Fact]
    public async Task RepeatContinuationToken_applies_to_ListBuckets()
    {
        State.CreateBucket("second");
        State.CreateBucket("third");
        State.Faults.RepeatContinuationToken = true;
        var request = new ListBucketsRequest { MaxBuckets = 1 };

        var first = await Client.ListBucketsAsync(request);
        request.ContinuationToken = first.ContinuationToken;
        var second = await Client.ListBucketsAsync(request);

        first.ContinuationToken.Should().NotBeNull();
        second.ContinuationToken.Should().Be(first.ContinuationToken);
    }

    [Fact]
    public async Task OmitContinuationToken_applies_to_ListBuckets()
    {
        State.CreateBucket("second");
        State.Faults.OmitContinuationToken = true;

        var page = await Client.ListBucketsAsync(new ListBucketsRequest { MaxBuckets = 1 });

        page.Buckets.Should().HaveCount(1);
        page.ContinuationToken.Should().BeNull();
    }

    [Fact]
    public async Task Reset_turns_every_fault_off()
    {
        State.Faults.OmitContinuationToken = true;
        State.Faults.RepeatContinuationToken = true;
        State.Faults.DeniedDeleteKeys = new HashSet<string> { "k1" };

        State.Faults.Reset();
        var page = await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, MaxKeys = 3 });

        page.NextContinuationToken.Should().NotBeNull();
        State.Faults.DeniedDeleteKeys.Should().BeEmpty();
    }
}
