using Amazon.EC2;
using AwsLinq.LocalAws;
using Microsoft.Extensions.Time.Testing;

namespace AwsLinq.Tests.Regions;

/// <summary>A region that fails, a query cancelled, and regions listed at once under latency, shown by the request logs.</summary>
public sealed class RegionalFailureTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_region_that_refuses_the_listing_fails_the_query_with_its_name_and_the_service_error()
    {
        await using var regions = await RegionServers.StartAsync(new LocalAwsOptions());
        regions.Servers["eu-west-1"].Ec2.Faults.Add("DescribeInstances", LocalFault.Error(403, "UnauthorizedOperation", "You are not authorized to perform this operation."));

        var act = () => regions.Ec2.Instances().ToListAsync();

        var error = (await act.Should().ThrowAsync<RegionalListingException>()).Which;
        error.Region.Should().Be("eu-west-1");
        error.Message.Should().Be(
            "EC2 DescribeInstances in regions us-east-1, eu-west-1, ap-southeast-2 failed in region 'eu-west-1' " +
            $"({regions.Servers["eu-west-1"].ServiceUrl}): You are not authorized to perform this operation. " +
            "The query stopped rather than return the other regions' items without this one's. " +
            "Fix the access to that region, or leave it out: .Where(x => x.Region != \"eu-west-1\") asks it nothing.");
        error.InnerException.Should().BeOfType<AmazonEC2Exception>().Which.ErrorCode.Should().Be("UnauthorizedOperation");
        regions.Requests("eu-west-1", "ec2", "DescribeInstances").Should().ContainSingle("an error that asking again cannot mend is not retried");

        var without = await regions.Ec2.Instances().Where(x => x.Region != "eu-west-1").CountAsync();
        without.Should().Be(12 + 7);
        regions.Requests("eu-west-1", "ec2", "DescribeInstances").Should().ContainSingle("the region left out is not asked");
    }

    [Fact]
    public async Task A_region_that_keeps_failing_transiently_is_retried_and_then_named_in_the_interruption()
    {
        await using var regions = await RegionServers.StartAsync(new LocalAwsOptions());
        regions.Servers["ap-southeast-2"].Ec2.Faults.Add("DescribeInstances", LocalFault.InternalError);
        var policy = new ListingPolicy { MaxPageAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };

        var act = () => regions.Ec2.Instances().WithListingPolicy(policy).ToListAsync();

        var error = (await act.Should().ThrowAsync<ListingInterruptedException>()).Which;
        error.Message.Should().StartWith(
            $"EC2 DescribeInstances in regions us-east-1, eu-west-1, ap-southeast-2 at region ap-southeast-2 ({regions.Servers["ap-southeast-2"].ServiceUrl}) failed on page 1 at each of 2 attempts");
        regions.Requests("ap-southeast-2", "ec2", "DescribeInstances").Should().HaveCount(2).And.OnlyContain(r => r.StatusCode == 500);
    }

    [Fact]
    public async Task Cancelling_the_query_stops_every_region_and_sends_nothing_more()
    {
        var clock = new FakeTimeProvider(Start);
        await using var regions = await RegionServers.StartAsync(new LocalAwsOptions { TimeProvider = clock, Latency = TimeSpan.FromSeconds(1) });
        using var cancel = new CancellationTokenSource();

        var query = regions.Ec2.Instances().WithPageSize(5).ToListAsync(cancel.Token);
        await Eventually.Holds(() => RegionServers.Names.All(r => regions.Servers[r].Requests.Waiting == 1), "each region's first request waiting out its latency");
        await cancel.CancelAsync();
        var act = () => query;
        await act.Should().ThrowAsync<OperationCanceledException>();
        clock.Advance(TimeSpan.FromSeconds(10));
        await Eventually.Holds(() => RegionServers.Names.All(r => regions.Servers[r].Requests.InFlight == 0), "the cancelled requests ended");

        // The query had ended, its listings with it, before the clock moved: nothing but the three first pages was
        // asked for (a request sent after them would still be waiting on the clock).
        // (Whether a request cut short is logged depends on when the server saw the connection close.)
        var served = RegionServers.Names.SelectMany(r => regions.Servers[r].Requests.Snapshot()).ToList();
        served.Should().HaveCountLessThanOrEqualTo(3);
        served.Where(r => r.Parameter("NextToken") is not null).Should().BeEmpty();
    }

    [Fact]
    public async Task Regions_listed_at_once_are_in_flight_together_and_one_at_a_time_one_after_the_other()
    {
        var clock = new FakeTimeProvider(Start);
        await using var regions = await RegionServers.StartAsync(new LocalAwsOptions { TimeProvider = clock, Latency = TimeSpan.FromSeconds(1) });

        // At once: the three first requests all wait out the same second of the shared clock.
        var together = regions.Ec2.Instances().ToListAsync();
        await Eventually.Holds(() => RegionServers.Names.All(r => regions.Servers[r].Requests.Waiting == 1), "each region's request waiting");
        clock.Advance(TimeSpan.FromSeconds(1));
        (await together).Should().HaveCount(12 + 3 + 7);
        var spans = RegionServers.Names.Select(r => regions.Requests(r, "ec2", "DescribeInstances").Single()).ToArray();
        spans.Should().OnlyContain(r => r.Received == Start && r.Answered == Start.AddSeconds(1));

        // One at a time: each region is asked only once the one before has answered.
        regions.ClearRequests();
        var inTurn = regions.Ec2.Instances().WithDegreeOfParallelism(1).ToListAsync();
        for (var i = 0; i < RegionServers.Names.Length; i++)
        {
            var region = RegionServers.Names[i];
            await Eventually.Holds(() => regions.Servers[region].Requests.Waiting == 1, $"{region}'s request waiting");
            RegionServers.Names.Where(r => r != region).Should().OnlyContain(r => regions.Servers[r].Requests.Waiting == 0);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        (await inTurn).Should().HaveCount(12 + 3 + 7);
        var sequential = RegionServers.Names.Select(r => regions.Requests(r, "ec2", "DescribeInstances").Single()).ToArray();
        sequential.Zip(sequential.Skip(1)).Should().OnlyContain(pair => pair.First.Answered <= pair.Second.Received);
        sequential.Select(r => r.Received).Should().Equal(Start.AddSeconds(1), Start.AddSeconds(2), Start.AddSeconds(3));
    }
}
