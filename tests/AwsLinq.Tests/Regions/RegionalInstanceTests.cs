using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Regions;

/// <summary>EC2 instances of three regions, each on its own LocalAws server, as one query.</summary>
public sealed class RegionalInstanceTests : IClassFixture<RegionServers>
{
    private readonly RegionServers _regions;

    public RegionalInstanceTests(RegionServers regions)
    {
        _regions = regions;
        regions.ClearRequests();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Every_region_is_listed_and_its_items_tagged_in_the_order_of_the_regions_then_of_each_listing(int parallelism)
    {
        var expected = await ConcatenatedAsync();

        var items = await _regions.Ec2.Instances().WithDegreeOfParallelism(parallelism).ToListAsync();

        items.Select(x => (x.Region, x.Item.InstanceId)).Should().Equal(expected.Select(x => (x.Region, x.Item.InstanceId)));
        items.Select(x => x.Region).Distinct().Should().Equal(RegionServers.Names);
        foreach (var region in RegionServers.Names)
        {
            _regions.Requests(region, "ec2", "DescribeInstances").Should().ContainSingle();
        }
    }

    [Fact]
    public async Task A_predicate_on_the_item_is_sent_to_every_region_and_the_result_is_that_of_LINQ_to_Objects()
    {
        var expected = (await ConcatenatedAsync()).Where(x => x.Item.InstanceType == "m5.large" && x.Item.Tags.Any(t => t.Key == "env" && t.Value == "prod")).ToList();

        var items = await _regions.Ec2.Instances().Where(x => x.Item.InstanceType == InstanceType.M5Large && x.Item.Tag("env") == "prod").ToListAsync();

        items.Select(x => (x.Region, x.Item.InstanceId)).Should().Equal(expected.Select(x => (x.Region, x.Item.InstanceId)));
        foreach (var region in RegionServers.Names)
        {
            var request = _regions.Requests(region, "ec2", "DescribeInstances").Should().ContainSingle().Subject;
            request.Parameter("Filter:instance-type").Should().Be("m5.large");
            request.Parameter("Filter:tag:env").Should().Be("prod");
        }
    }

    [Fact]
    public async Task A_predicate_on_the_region_asks_only_the_regions_it_selects()
    {
        string[] wanted = ["ap-southeast-2", "us-east-1"];

        var items = await _regions.Ec2.Instances().Where(x => wanted.Contains(x.Region) && x.Item.State.Name == InstanceStateName.Running).ToListAsync();

        // The order is that of the client set, not of the predicate's list.
        items.Select(x => x.Region).Distinct().Should().Equal("us-east-1", "ap-southeast-2");
        items.Should().HaveCount(9 + 6).And.OnlyContain(x => x.Item.State.Name == InstanceStateName.Running);
        _regions.Requests("eu-west-1", "ec2", "DescribeInstances").Should().BeEmpty();
        _regions.Requests("us-east-1", "ec2", "DescribeInstances").Should().ContainSingle().Which.Parameter("Filter:instance-state-name").Should().Be("running");
        _regions.Requests("ap-southeast-2", "ec2", "DescribeInstances").Should().ContainSingle();
    }

    [Fact]
    public async Task A_region_predicate_that_matches_no_region_sends_nothing()
    {
        var query = _regions.Ec2.Instances().Where(x => x.Region == "sa-east-1");

        var items = await query.ToListAsync();

        items.Should().BeEmpty();
        query.Explain().Requests.Should().BeEmpty();
        RegionServers.Names.SelectMany(r => _regions.Servers[r].Requests.Snapshot()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_predicate_on_both_runs_in_memory_over_the_regions_listings()
    {
        var expected = (await ConcatenatedAsync()).Where(x => x.Item.Tags.Any(t => t.Key == "Name" && t.Value.StartsWith(x.Region, StringComparison.Ordinal) && t.Value.EndsWith('1'))).ToList();

        var items = await _regions.Ec2.Instances().Where(x => x.Item.Tag("Name")!.StartsWith(x.Region) && x.Item.Tag("Name")!.EndsWith("1")).ToListAsync();

        items.Select(x => x.Item.InstanceId).Should().Equal(expected.Select(x => x.Item.InstanceId)).And.NotBeEmpty();
        foreach (var region in RegionServers.Names)
        {
            // The part that reads only the item (EndsWith) still becomes a filter.
            _regions.Requests(region, "ec2", "DescribeInstances").Should().ContainSingle().Which.Parameters.Should().Equal(new Dictionary<string, string> { ["Filter:tag:Name"] = "*1" });
        }
    }

    [Fact]
    public async Task Take_one_region_at_a_time_asks_no_region_after_the_one_that_had_enough()
    {
        var items = await _regions.Ec2.Instances().WithDegreeOfParallelism(1).WithPageSize(5).Take(7).ToListAsync();

        items.Select(x => x.Region).Should().Equal(Enumerable.Repeat("us-east-1", 7));
        _regions.Requests("us-east-1", "ec2", "DescribeInstances").Select(r => r.Parameter("NextToken") is null).Should().Equal(true, false);
        _regions.Requests("eu-west-1", "ec2", "DescribeInstances").Should().BeEmpty();
        _regions.Requests("ap-southeast-2", "ec2", "DescribeInstances").Should().BeEmpty();
    }

    [Fact]
    public async Task Take_with_the_regions_listed_at_once_stops_every_region_once_it_has_what_it_needs()
    {
        var first = await _regions.Ec2.Instances().WithPageSize(5).FirstAsync();
        var requestsAfterFirst = RegionServers.Names.Sum(r => _regions.Requests(r, "ec2", "DescribeInstances").Count);
        _regions.ClearRequests();
        var taken = await _regions.Ec2.Instances().WithPageSize(5).Take(14).ToListAsync();

        first.Region.Should().Be("us-east-1");
        requestsAfterFirst.Should().BeLessThanOrEqualTo(3, "each region's first page at most, asked at once");
        taken.Select(x => x.Region).Should().Equal([.. Enumerable.Repeat("us-east-1", 12), "eu-west-1", "eu-west-1"]);
        // us-east-1 is read to its end (pages of 5, 5 and 2); eu-west-1 fits in one page; ap-southeast-2 may have been
        // asked for its second page before 14 items were listed in all, never for more.
        NextPages("us-east-1").Should().Be(2);
        NextPages("eu-west-1").Should().Be(0);
        NextPages("ap-southeast-2").Should().BeLessThanOrEqualTo(1);
        int NextPages(string region) => _regions.Requests(region, "ec2", "DescribeInstances").Count(r => r.Parameter("NextToken") is not null);
    }

    [Fact]
    public async Task Explain_names_every_region_and_each_regions_request()
    {
        var explanation = _regions.Ec2.Instances().Where(x => x.Region != "eu-west-1" && x.Item.InstanceType == InstanceType.T3Micro).WithDegreeOfParallelism(2).Explain();

        explanation.Source.Should().Be("EC2 DescribeInstances in regions us-east-1, eu-west-1, ap-southeast-2");
        explanation.Requests.Select(r => r.ToString()).Should().Equal(
            "DescribeInstances Region=us-east-1, Filter:instance-type=t3.micro",
            "DescribeInstances Region=ap-southeast-2, Filter:instance-type=t3.micro");
        RegionServers.Names.SelectMany(r => _regions.Servers[r].Requests.Snapshot()).Should().BeEmpty();
    }

    [Fact]
    public async Task Other_EC2_collections_go_through_Query_the_same_way()
    {
        var vpcs = await _regions.Ec2.Query((_, ec2) => ec2.Vpcs()).Where(x => x.Region == "eu-west-1").ToListAsync();
        using var ec2 = _regions.Servers["eu-west-1"].CreateEc2Client();
        var alone = await ec2.Vpcs().ToListAsync();

        vpcs.Select(v => v.Item.VpcId).Should().Equal(alone.Select(v => v.VpcId)).And.NotBeEmpty();
        vpcs.Should().OnlyContain(v => v.Region == "eu-west-1");
        _regions.Requests("us-east-1", "ec2", "DescribeVpcs").Should().BeEmpty();
    }

    [Fact]
    public async Task The_enabled_regions_are_those_DescribeRegions_lists_without_AllRegions()
    {
        using var ec2 = _regions.Servers["eu-west-1"].CreateEc2Client();

        var regions = await ec2.EnabledRegionsAsync();

        regions.Should().HaveCount(17).And.Contain(RegionServers.Names).And.NotContain("af-south-1");
        _regions.Requests("eu-west-1", "ec2", "DescribeRegions").Should().ContainSingle().Which.Parameter("AllRegions").Should().BeNull();
    }

    [Fact]
    public void A_region_named_twice_or_a_listing_with_other_operators_is_refused_with_what_to_do()
    {
        var twice = () => AwsRegions.For(["us-east-1", "us-east-1"], region => _regions.Servers["us-east-1"].CreateEc2Client());
        var taken = () => _regions.Ec2.Query((_, ec2) => ec2.Instances().Take(3));

        twice.Should().Throw<ArgumentException>().WithMessage("The region 'us-east-1' is named twice: its items would be listed twice. Name each region once. (Parameter 'regions')");
        taken.Should().Throw<ArgumentException>().WithMessage(
            "The listing of the region 'us-east-1' must be an AwsLinq entry point, optionally with Where predicates, such as (r, ec2) => ec2.Instances(), not '*Take*'. Put other operators on the query over all regions. (Parameter 'listing')");
    }

    private async Task<List<Regional<Instance>>> ConcatenatedAsync()
    {
        var all = new List<Regional<Instance>>();
        foreach (var region in RegionServers.Names)
        {
            using var ec2 = _regions.Servers[region].CreateEc2Client();
            all.AddRange((await ec2.Instances().ToListAsync()).Select(i => new Regional<Instance>(region, i)));
        }

        _regions.ClearRequests();
        return all;
    }
}
