using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.Ec2.Subnets;

/// <summary>The seeded subnets, listed completely by the SDK's paginator.</summary>
public sealed class SubnetBackend : Ec2SpecBackend<Subnet>
{
    protected override void Seed(LocalEc2 ec2) => ec2.Subnets.Seed(SubnetSpecData.Subnets);

    protected override IAsyncEnumerable<Subnet> ListAll(IAmazonEC2 ec2) => ec2.Paginators.DescribeSubnets(new DescribeSubnetsRequest()).Subnets;
}

/// <summary>The subnet specification against LINQ-to-Objects, what its queries send, and its tag actions.</summary>
public sealed class SubnetTests(SubnetBackend backend) : Ec2SpecificationTests<Subnet>(backend), IClassFixture<SubnetBackend>
{
    public static IEnumerable<object[]> Cases => Ec2Specification.Cases(SubnetQueries.All);

    protected override IReadOnlyList<SpecQuery<Subnet>> Queries => SubnetQueries.All;

    protected override int ListingCount => 30;

    [Fact]
    public async Task An_OR_on_one_field_is_one_filter_of_two_values()
    {
        Backend.Server.Requests.Clear();

        var count = await Backend.Client.Subnets().Where(s => (s.AvailabilityZone == "us-east-1a" || s.AvailabilityZone == "us-east-1c") && s.MapPublicIpOnLaunch == true).CountAsync();

        count.Should().Be(SubnetSpecData.Subnets.Count(s => s.AvailabilityZone is "us-east-1a" or "us-east-1c" && s.MapPublicIpOnLaunch));
        Backend.Server.Requests.For("ec2", "DescribeSubnets").Single().Parameters.Select(p => $"{p.Key}={p.Value}")
            .Should().Equal("Filter:availability-zone=us-east-1a,us-east-1c", "Filter:map-public-ip-on-launch=true");
    }

    [Fact]
    public void Page_sizes_are_those_DescribeSubnets_takes()
    {
        var act = () => Backend.Client.Subnets().WithPageSize(1001);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The page size 1001 is out of range for EC2 DescribeSubnets: MaxResults must be between 5 and 1000.*");
    }

    [Fact]
    public async Task Tags_are_set_per_page_of_ids()
    {
        await using var server = await LocalAwsServer.StartAsync();
        using var ec2 = server.CreateEc2Client();
        server.Ec2.Subnets.Seed(SubnetSpecData.Subnets);

        var result = await ec2.Subnets().Where(s => s.MapPublicIpOnLaunch == true).CreateTagsAsync(new Dictionary<string, string> { ["exposed"] = "yes" });

        server.Ec2.Subnets.All().Where(s => s.Tags.ContainsKey("exposed")).Should().HaveCount(15).And.OnlyContain(s => s.MapPublicIpOnLaunch);
        (result.Selected, result.Calls).Should().Be((15, 1));
    }

    protected override IAwsQueryable<Subnet> Open(IAmazonEC2 ec2) => ec2.Subnets();
}
