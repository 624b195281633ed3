using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2;

public class LocalEc2PagingTests : Ec2TestBase
{
    [Fact]
    public async Task Paging_by_5_returns_every_instance_once_in_listing_order()
    {
        var sizes = new[] { 1, 3, 2, 4, 1, 6, 2, 1 };
        var ids = State.Seed(sizes.Select(n => Enumerable.Range(0, n).Select(i => new LocalEc2Instance { AmiLaunchIndex = i }).ToList()));
        var request = new DescribeInstancesRequest { MaxResults = 5 };
        var pages = new List<DescribeInstancesResponse>();

        do
        {
            var page = await Client.DescribeInstancesAsync(request);
            pages.Add(page);
            request.NextToken = page.NextToken;
        }
        while (request.NextToken is not null);

        pages.SelectMany(p => p.Reservations).SelectMany(r => r.Instances).Select(i => i.InstanceId).Should().Equal(ids);
        pages.Should().OnlyContain(p => p.Reservations.Sum(r => r.Instances.Count) <= 5);
        pages.Should().HaveCountGreaterThan(4);
    }

    [Fact]
    public async Task A_page_keeps_reservations_whole_and_splits_only_one_larger_than_MaxResults()
    {
        var ids = State.Seed([
            [new LocalEc2Instance(), new LocalEc2Instance(), new LocalEc2Instance()],
            [new LocalEc2Instance(), new LocalEc2Instance(), new LocalEc2Instance()],
            Enumerable.Range(0, 7).Select(i => new LocalEc2Instance { AmiLaunchIndex = i }).ToList(),
        ]);

        var first = await Client.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 5 });
        var second = await Client.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 5, NextToken = first.NextToken });
        var third = await Client.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 5, NextToken = second.NextToken });
        var fourth = await Client.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 5, NextToken = third.NextToken });

        first.Reservations.Select(r => r.Instances.Count).Should().Equal(3);
        second.Reservations.Select(r => r.Instances.Count).Should().Equal(3);
        third.Reservations.Select(r => r.Instances.Count).Should().Equal(5);
        fourth.Reservations.Select(r => r.Instances.Count).Should().Equal(2);
        fourth.NextToken.Should().BeNull();
        third.Reservations[0].ReservationId.Should().Be(fourth.Reservations[0].ReservationId);
        fourth.Reservations[0].Instances.Select(i => i.InstanceId).Should().Equal(ids.Skip(11));
    }

    [Fact]
    public async Task Without_MaxResults_one_page_holds_every_instance()
    {
        State.Seed(Enumerable.Range(0, 30).Select(_ => (IReadOnlyList<LocalEc2Instance>)[new LocalEc2Instance()]));

        var page = await Client.DescribeInstancesAsync(new DescribeInstancesRequest());

        page.Reservations.Should().HaveCount(30);
        page.NextToken.Should().BeNull();
    }

    [Fact]
    public async Task A_forged_NextToken_is_InvalidPaginationToken()
    {
        var error = await FailureOf(() => Client.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 5, NextToken = "bm90LWEtdG9rZW4=" }));

        error.ErrorCode.Should().Be("InvalidPaginationToken");
        error.Message.Should().Be("The specified pagination token is not valid or is expired.");
    }

    [Fact]
    public async Task An_empty_listing_has_no_reservations_and_no_token()
    {
        var page = await Client.DescribeInstancesAsync(new DescribeInstancesRequest { MaxResults = 5 });

        (page.Reservations ?? []).Should().BeEmpty();
        page.NextToken.Should().BeNull();
    }
}
