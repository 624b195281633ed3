using Amazon.EC2.Model;

namespace AwsLinq.Tests.LocalAws.Ec2.Regions;

/// <summary>DescribeRegions and DescribeAvailabilityZones through the SDK, as the AWS CLI and ordinary code call them.</summary>
public sealed class LocalEc2RegionTests : Ec2TestBase
{
    [Fact]
    public async Task DescribeRegions_lists_the_enabled_regions_and_with_AllRegions_the_opt_in_ones()
    {
        var enabled = (await Client.DescribeRegionsAsync(new DescribeRegionsRequest())).Regions;
        var all = (await Client.DescribeRegionsAsync(new DescribeRegionsRequest { AllRegions = true })).Regions;

        enabled.Should().HaveCount(17).And.OnlyContain(r => r.OptInStatus == "opt-in-not-required");
        var east = enabled.Single(r => r.RegionName == "us-east-1");
        east.Endpoint.Should().Be("ec2.us-east-1.amazonaws.com");
        all.Should().HaveCount(21);
        all.Single(r => r.RegionName == "af-south-1").OptInStatus.Should().Be("not-opted-in");
    }

    [Fact]
    public async Task DescribeRegions_names_any_region_and_filters_by_the_references_filters()
    {
        var named = (await Client.DescribeRegionsAsync(new DescribeRegionsRequest { RegionNames = ["eu-west-1", "me-south-1"] })).Regions;
        var filtered = (await Client.DescribeRegionsAsync(new DescribeRegionsRequest { Filters = [Filter("region-name", "eu-*"), Filter("endpoint", "*west*")] })).Regions;
        var optIn = (await Client.DescribeRegionsAsync(new DescribeRegionsRequest { AllRegions = true, Filters = [Filter("opt-in-status", "not-opted-in")] })).Regions;

        named.Select(r => r.RegionName).Should().Equal("eu-west-1", "me-south-1");
        filtered.Select(r => r.RegionName).Should().Equal("eu-west-1", "eu-west-2", "eu-west-3");
        optIn.Select(r => r.RegionName).Should().Equal("af-south-1", "ap-east-1", "eu-south-1", "me-south-1");
    }

    [Fact]
    public async Task DescribeRegions_refuses_an_unknown_region_an_unknown_filter_and_answers_DryRun()
    {
        var unknown = await FailureOf(() => Client.DescribeRegionsAsync(new DescribeRegionsRequest { RegionNames = ["us--east-1"] }));
        var filter = await FailureOf(() => Client.DescribeRegionsAsync(new DescribeRegionsRequest { Filters = [Filter("zone-name", "x")] }));
        var dryRun = await FailureOf(() => Client.DescribeRegionsAsync(new DescribeRegionsRequest { DryRun = true }));

        (unknown.ErrorCode, unknown.Message).Should().Be(("InvalidParameterValue", "Invalid region: [us--east-1]"));
        (filter.ErrorCode, filter.Message).Should().Be(("InvalidParameterValue", "The filter 'zone-name' is invalid"));
        dryRun.ErrorCode.Should().Be("DryRunOperation");
    }

    [Fact]
    public async Task DescribeAvailabilityZones_lists_the_zones_of_the_region_with_their_ids()
    {
        var zones = (await Client.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest())).AvailabilityZones;
        var byId = (await Client.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest { ZoneIds = ["use1-az2"] })).AvailabilityZones;
        var filtered = (await Client.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest { Filters = [Filter("zone-name", "us-east-1a", "us-east-1f")] })).AvailabilityZones;

        zones.Select(z => (z.ZoneName, z.ZoneId)).Should().Equal(
            ("us-east-1a", "use1-az1"), ("us-east-1b", "use1-az2"), ("us-east-1c", "use1-az3"), ("us-east-1d", "use1-az4"), ("us-east-1e", "use1-az5"), ("us-east-1f", "use1-az6"));
        zones.Should().OnlyContain(z => z.State.Value == "available" && z.RegionName == "us-east-1" && z.ZoneType == "availability-zone" && z.NetworkBorderGroup == "us-east-1");
        byId.Single().ZoneName.Should().Be("us-east-1b");
        filtered.Select(z => z.ZoneName).Should().Equal("us-east-1a", "us-east-1f");
    }

    [Fact]
    public async Task DescribeAvailabilityZones_refuses_an_unknown_zone_and_answers_DryRun()
    {
        var unknown = await FailureOf(() => Client.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest { ZoneNames = ["us-east-1z"] }));
        var dryRun = await FailureOf(() => Client.DescribeAvailabilityZonesAsync(new DescribeAvailabilityZonesRequest { DryRun = true }));

        (unknown.ErrorCode, unknown.Message).Should().Be(("InvalidParameterValue", "Invalid availability zone: [us-east-1z]"));
        dryRun.ErrorCode.Should().Be("DryRunOperation");
    }
}
