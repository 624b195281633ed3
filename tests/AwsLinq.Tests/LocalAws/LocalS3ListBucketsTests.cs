using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Tests.LocalAws;

public class LocalS3ListBucketsTests : LocalAwsTestBase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var name in new[] { "logs-b", "data-1", "logs-a", "data-2", "logs-c" })
        {
            State.CreateBucket(name, name == "logs-c" ? "eu-west-1" : null);
        }
    }

    [Fact]
    public async Task Without_parameters_every_bucket_comes_back_in_name_order_without_regions()
    {
        var response = await Client.ListBucketsAsync();

        response.Buckets.Select(b => b.BucketName).Should().Equal("data-1", "data-2", "logs-a", "logs-b", "logs-c");
        response.Buckets.Should().OnlyContain(b => b.BucketRegion == null && b.CreationDate != null);
        response.ContinuationToken.Should().BeNull();
        response.Owner.Id.Should().Be(AwsLinq.LocalAws.LocalS3Object.DefaultOwnerId);
        Server.Requests.For("s3", "ListBuckets").Single().Parameters.Should().BeEmpty();
    }

    [Fact]
    public async Task Prefix_narrows_and_reports_regions()
    {
        var response = await Client.ListBucketsAsync(new ListBucketsRequest { Prefix = "logs-" });

        response.Buckets.Select(b => (b.BucketName, b.BucketRegion))
            .Should().Equal(("logs-a", "us-east-1"), ("logs-b", "us-east-1"), ("logs-c", "eu-west-1"));
        response.Prefix.Should().Be("logs-");
    }

    [Fact]
    public async Task MaxBuckets_pages_with_continuation_tokens()
    {
        var names = new List<string>();
        var request = new ListBucketsRequest { MaxBuckets = 2 };
        var pages = 0;
        do
        {
            var response = await Client.ListBucketsAsync(request);
            pages++;
            response.Buckets.Count.Should().BeLessThanOrEqualTo(2);
            names.AddRange(response.Buckets.Select(b => b.BucketName));
            request.ContinuationToken = response.ContinuationToken;
        }
        while (request.ContinuationToken is not null);

        names.Should().Equal("data-1", "data-2", "logs-a", "logs-b", "logs-c");
        pages.Should().Be(3);
        var logged = Server.Requests.For("s3", "ListBuckets");
        logged[0].Parameters.Should().Equal(new Dictionary<string, string> { ["MaxBuckets"] = "2" });
        logged[1].Parameter("ContinuationToken").Should().NotBeNull();
    }

    [Fact]
    public async Task BucketRegion_keeps_only_the_buckets_of_that_region()
    {
        var response = await Client.ListBucketsAsync(new ListBucketsRequest { BucketRegion = "eu-west-1" });

        response.Buckets.Select(b => b.BucketName).Should().Equal("logs-c");
        Server.Requests.For("s3", "ListBuckets").Single().Parameter("BucketRegion").Should().Be("eu-west-1");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10001)]
    public async Task MaxBuckets_outside_1_to_10000_throws_InvalidArgument(int maxBuckets)
    {
        var act = () => Client.ListBucketsAsync(new ListBucketsRequest { MaxBuckets = maxBuckets });

        (await act.Should().ThrowAsync<AmazonS3Exception>()).Which.ErrorCode.Should().Be("InvalidArgument");
    }

    [Fact]
    public async Task The_paginator_of_the_sdk_reads_every_bucket()
    {
        var names = new List<string>();
        await foreach (var bucket in Client.Paginators.ListBuckets(new ListBucketsRequest { MaxBuckets = 2 }).Buckets)
        {
            names.Add(bucket.BucketName);
        }

        names.Should().HaveCount(5);
    }
}
