using Amazon.S3;
using Amazon.SQS;

namespace AwsLinq.Tests.Regions;

/// <summary>SQS queues and S3 buckets of several regions, each region on its own LocalAws server.</summary>
public sealed class RegionalQueueAndBucketTests : IClassFixture<RegionServers>
{
    private readonly RegionServers _regions;

    public RegionalQueueAndBucketTests(RegionServers regions)
    {
        _regions = regions;
        regions.ClearRequests();
    }

    [Fact]
    public async Task Queues_of_every_region_push_the_name_prefix_to_each_and_read_attributes_from_their_own_region()
    {
        using var sqs = AwsRegions.For(RegionServers.Names, r => _regions.Servers[r].CreateSqsClient());

        var queues = await sqs.Queues().Where(x => x.Item.Name.StartsWith("orders-") && x.Item.ApproximateNumberOfMessages == 0).ToListAsync();

        queues.Select(x => (x.Region, x.Item.Name)).Should().Equal(
            ("us-east-1", "orders-us-east-1-0"),
            ("eu-west-1", "orders-eu-west-1-0"), ("eu-west-1", "orders-eu-west-1-2"),
            ("ap-southeast-2", "orders-ap-southeast-2-0"), ("ap-southeast-2", "orders-ap-southeast-2-2"));
        foreach (var region in RegionServers.Names)
        {
            _regions.Requests(region, "sqs", "ListQueues").Should().ContainSingle().Which.Parameter("QueueNamePrefix").Should().Be("orders-");
            _regions.Requests(region, "sqs", "GetQueueAttributes").Select(r => r.Parameter("QueueUrl")).Should().OnlyContain(url => url!.Contains(region, StringComparison.Ordinal))
                .And.HaveCount(queues.Count(q => q.Region == region));
        }
    }

    [Fact]
    public async Task Buckets_by_region_ask_each_region_for_its_own_buckets_only()
    {
        using var s3 = AwsRegions.For(RegionServers.Names, r => _regions.Servers[r].CreateS3Client());

        var buckets = await s3.Buckets().ToListAsync();

        buckets.Select(x => (x.Region, x.Item.BucketName)).Should().Equal(RegionServers.Names.Select(r => (r, $"data-{r}")));
        foreach (var region in RegionServers.Names)
        {
            _regions.Requests(region, "s3", "ListBuckets").Should().ContainSingle().Which.Parameter("BucketRegion").Should().Be(region);
        }
    }
}
