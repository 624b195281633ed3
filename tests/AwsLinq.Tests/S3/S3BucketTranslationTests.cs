using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.S3;

/// <summary>Bucket translation rules, asserted on the ListBuckets requests the local endpoint served.</summary>
public sealed class S3BucketTranslationTests : IAsyncLifetime
{
    private readonly LocalS3Fixture _s3 = new();

    public async Task InitializeAsync()
    {
        await _s3.InitializeAsync();
        foreach (var (name, region) in new[] { ("logs-eu", "eu-west-1"), ("logs-us", "us-east-1"), ("photos-eu", "eu-west-1"), ("photos-us", "us-east-1"), ("tmp", "us-east-1") })
        {
            _s3.Server.S3.CreateBucket(name, region);
        }
    }

    public Task DisposeAsync() => _s3.DisposeAsync();

    private IReadOnlyList<AwsLinq.LocalAws.ServedRequest> Requests => _s3.Server.Requests.For("s3", "ListBuckets");

    [Fact]
    public async Task StartsWith_becomes_Prefix()
    {
        var names = await _s3.Client.Buckets().Where(b => b.BucketName.StartsWith("photos-")).Select(b => b.BucketName).ToListAsync();

        names.Should().Equal("photos-eu", "photos-us");
        Requests.Should().ContainSingle().Which.Parameter("Prefix").Should().Be("photos-");
    }

    [Fact]
    public async Task Region_equality_becomes_BucketRegion()
    {
        var names = await _s3.Client.Buckets().Where(b => b.BucketRegion == "eu-west-1").Select(b => b.BucketName).ToListAsync();

        names.Should().Equal("logs-eu", "photos-eu");
        Requests.Should().ContainSingle().Which.Parameter("BucketRegion").Should().Be("eu-west-1");
    }

    [Fact]
    public async Task Take_becomes_MaxBuckets_and_page_size_pages_with_tokens()
    {
        var first = await _s3.Client.Buckets().Take(2).ToListAsync();
        var all = await _s3.Client.Buckets().WithPageSize(2).CountAsync();

        first.Should().HaveCount(2);
        all.Should().Be(5);
        Requests.Select(r => r.Parameter("MaxBuckets")).Should().Equal("2", "2", "2", "2");
        Requests.Select(r => r.Parameter("ContinuationToken") is null).Should().Equal(true, true, false, false);
    }

    [Fact]
    public async Task Conflicting_prefixes_send_no_request_and_ORed_ones_run_in_memory()
    {
        var none = await _s3.Client.Buckets().Where(b => b.BucketName.StartsWith("logs") && b.BucketName.StartsWith("photos")).ToListAsync();
        var either = await _s3.Client.Buckets().Where(b => b.BucketName.StartsWith("logs-eu") || b.BucketName.StartsWith("tmp")).Select(b => b.BucketName).ToListAsync();

        none.Should().BeEmpty();
        either.Should().Equal("logs-eu", "tmp");
        Requests.Should().ContainSingle().Which.Parameter("Prefix").Should().BeNull();
    }

    [Fact]
    public async Task Reading_the_region_in_memory_sends_MaxBuckets_so_that_S3_reports_regions()
    {
        var notUs = await _s3.Client.Buckets().Where(b => b.BucketRegion != "us-east-1").Select(b => b.BucketName).ToListAsync();
        var names = await _s3.Client.Buckets().Select(b => b.BucketName).ToListAsync();

        notUs.Should().Equal("logs-eu", "photos-eu");
        names.Should().HaveCount(5);
        Requests.Select(r => r.Parameter("MaxBuckets")).Should().Equal("10000", null);
    }

    [Fact]
    public async Task Name_equality_is_listed_as_a_prefix_and_rechecked()
    {
        var names = await _s3.Client.Buckets().Where(b => b.BucketName == "logs").Select(b => b.BucketName).ToListAsync();
        var exact = await _s3.Client.Buckets().Where(b => b.BucketName == "logs-eu").Select(b => b.BucketName).ToListAsync();

        names.Should().BeEmpty("'logs-eu' and 'logs-us' only start with 'logs'");
        exact.Should().Equal("logs-eu");
        Requests.Select(r => r.Parameter("Prefix")).Should().Equal("logs", "logs-eu");
    }
}
