using System.Globalization;
using Amazon.EC2.Model;
using Amazon.S3.Model;
using Amazon.SQS.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Faults;

/// <summary>Each listing misbehaviour on each listing that can show it, read through the real SDK clients.</summary>
public class ListingMisbehaviourTests : FaultTestBase
{
    private const int Total = 12;
    private const int PageSize = 5;

    public static TheoryData<string> Listings => new() { "ListObjectsV2", "ListBuckets", "DescribeInstances", "ListQueues" };

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task Without_faults_the_pages_hold_every_item_once_in_order(string listing)
    {
        var items = Seed(listing);

        var all = new List<string>();
        string? token = null;
        do
        {
            var page = await PageAsync(listing, token);
            all.AddRange(page.Items);
            token = page.Token;
        }
        while (token is not null);

        all.Should().Equal(items);
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task EmptyNextToken_ends_a_truncated_page_with_an_empty_token(string listing)
    {
        var items = Seed(listing);
        FaultsOf(ServiceOf(listing)).Add(listing, LocalFault.EmptyNextToken);

        var page = await PageAsync(listing, null);

        page.Items.Should().Equal(items.Take(PageSize));
        page.Token.Should().BeEmpty();
        page.IsTruncated.Should().NotBe(false);
        Server.Requests.For(ServiceOf(listing), listing).Single().Fault.Should().Be("empty-next-token");
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task TruncatedWithoutToken_gives_a_page_that_is_not_the_last_no_token(string listing)
    {
        var items = Seed(listing);
        FaultsOf(ServiceOf(listing)).Add(listing, LocalFault.TruncatedWithoutToken);

        var page = await PageAsync(listing, null);

        page.Items.Should().Equal(items.Take(PageSize));
        page.Token.Should().BeNull();
        page.IsTruncated.Should().NotBe(false);
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task SilentlyTruncated_makes_a_page_that_is_not_the_last_look_like_the_last(string listing)
    {
        var items = Seed(listing);
        FaultsOf(ServiceOf(listing)).Add(listing, LocalFault.SilentlyTruncated);

        var page = await PageAsync(listing, null);

        page.Items.Should().Equal(items.Take(PageSize));
        page.Token.Should().BeNull();
        page.IsTruncated.Should().NotBe(true);
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task RepeatedToken_sends_the_request_token_back(string listing)
    {
        Seed(listing);
        FaultsOf(ServiceOf(listing)).Add(listing, LocalFault.RepeatedToken);

        var first = await PageAsync(listing, null);
        var second = await PageAsync(listing, first.Token);
        var third = await PageAsync(listing, second.Token);

        first.Token.Should().NotBeNullOrEmpty();
        second.Token.Should().Be(first.Token);
        third.Items.Should().Equal(second.Items);
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task EndlessEmptyPages_answers_empty_pages_each_with_a_new_token(string listing)
    {
        Seed(listing);
        FaultsOf(ServiceOf(listing)).Add(listing, LocalFault.EndlessEmptyPages);

        var tokens = new List<string?>();
        string? token = null;
        for (var i = 0; i < 4; i++)
        {
            var page = await PageAsync(listing, token);
            page.Items.Should().BeEmpty();
            token = page.Token;
            tokens.Add(token);
        }

        tokens.Should().OnlyHaveUniqueItems().And.NotContainNulls().And.NotContain(string.Empty);
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task KeysOutOfOrder_lists_each_page_in_reverse(string listing)
    {
        var items = Seed(listing);
        FaultsOf(ServiceOf(listing)).Add(listing, LocalFault.KeysOutOfOrder);

        var first = await PageAsync(listing, null);
        var second = await PageAsync(listing, first.Token);

        first.Items.Should().Equal(items.Take(PageSize).Reverse());
        second.Items.Should().Equal(items.Skip(PageSize).Take(PageSize).Reverse());
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task KeysRepeatedAcrossPages_starts_each_page_with_the_last_item_of_the_page_before(string listing)
    {
        var items = Seed(listing);
        FaultsOf(ServiceOf(listing)).Add(listing, LocalFault.KeysRepeatedAcrossPages);

        var first = await PageAsync(listing, null);
        var second = await PageAsync(listing, first.Token);

        first.Items.Should().Equal(items.Take(PageSize));
        second.Items.Should().Equal(items.Skip(PageSize - 1).Take(PageSize));
    }

    [Fact]
    public async Task A_misbehaviour_shows_on_the_rate_of_requests_asked_for()
    {
        Seed("ListQueues");
        Server.Sqs.Faults.Add("ListQueues", LocalFault.EmptyNextToken, rate: 0.5);

        for (var i = 0; i < 20; i++)
        {
            await PageAsync("ListQueues", null);
        }

        var faults = Server.Requests.For("sqs", "ListQueues").Select(r => r.Fault).ToList();
        faults.Should().Contain("empty-next-token").And.Contain((string?)null);
    }

    [Fact]
    public async Task IgnoresBucketFilters_lists_every_bucket_whatever_the_prefix_region_and_max()
    {
        var buckets = Seed("ListBuckets");
        Server.S3.CreateBucket("other-region", "eu-west-1");
        Server.S3.Faults.Add("ListBuckets", LocalFault.IgnoresBucketFilters);

        var response = await S3.ListBucketsAsync(new ListBucketsRequest { Prefix = "bucket-0", BucketRegion = "us-east-1", MaxBuckets = 2 });

        response.Buckets.Select(b => b.BucketName).Should().Equal([.. buckets, "other-region"]);
        response.ContinuationToken.Should().BeNull();
    }

    [Fact]
    public void A_misbehaviour_added_to_an_operation_it_does_not_apply_to_is_refused()
    {
        var onGet = () => Server.S3.Faults.Add("GetObject", LocalFault.EmptyNextToken);
        var onSqs = () => Server.Sqs.Faults.Add("ListQueues", LocalFault.EmptyBody);

        onGet.Should().Throw<ArgumentException>().WithMessage(
            "The fault 'empty-next-token' does not apply to s3 GetObject: it applies to ListObjectsV2, ListBuckets. (Parameter 'operation')");
        onSqs.Should().Throw<ArgumentException>().WithMessage(
            "The fault 'empty-body' does not apply to sqs: no sqs operation can show it. (Parameter 'operation')");
    }

    private static string ServiceOf(string listing) => listing switch
    {
        "ListObjectsV2" or "ListBuckets" => "s3",
        "DescribeInstances" => "ec2",
        _ => "sqs",
    };

    private IReadOnlyList<string> Seed(string listing)
    {
        var names = Enumerable.Range(0, Total).Select(i => string.Create(CultureInfo.InvariantCulture, $"bucket-{i:00}")).ToList();
        switch (listing)
        {
            case "ListObjectsV2":
                Server.S3.CreateBucket("listed");
                Server.S3.SeedObjects("listed", names.Select(n => new LocalS3Object(n, 1, DateTimeOffset.UnixEpoch)));
                return names;
            case "ListBuckets":
                names.ForEach(n => Server.S3.CreateBucket(n));
                return names;
            case "DescribeInstances":
                return Server.Ec2.Seed(Enumerable.Range(1, Total).Select(i =>
                    (IReadOnlyList<LocalEc2Instance>)[new LocalEc2Instance { InstanceId = string.Create(CultureInfo.InvariantCulture, $"i-{i:x17}") }]));
            default:
                return Server.Sqs.SeedQueues(names);
        }
    }

    private async Task<Page> PageAsync(string listing, string? token)
    {
        switch (listing)
        {
            case "ListObjectsV2":
                var objects = await S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "listed", MaxKeys = PageSize, ContinuationToken = token });
                return new Page((objects.S3Objects ?? []).Select(o => o.Key).ToList(), objects.IsTruncated, objects.NextContinuationToken);
            case "ListBuckets":
                var buckets = await S3.ListBucketsAsync(new ListBucketsRequest { MaxBuckets = PageSize, ContinuationToken = token });
                return new Page((buckets.Buckets ?? []).Select(b => b.BucketName).ToList(), null, buckets.ContinuationToken);
            case "DescribeInstances":
                var instances = await Ec2.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = PageSize, NextToken = token });
                return new Page((instances.Reservations ?? []).SelectMany(r => r.Instances).Select(i => i.InstanceId).ToList(), null, instances.NextToken);
            default:
                var queues = await Sqs.ListQueuesAsync(new ListQueuesRequest { MaxResults = PageSize, NextToken = token });
                return new Page(queues.QueueUrls ?? [], null, queues.NextToken);
        }
    }

    private sealed record Page(IReadOnlyList<string> Items, bool? IsTruncated, string? Token);
}
