using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.Ec2.Vpcs;

/// <summary>The seeded VPCs, listed completely by the SDK's paginator.</summary>
public sealed class VpcBackend : Ec2SpecBackend<Vpc>
{
    protected override void Seed(LocalEc2 ec2) => ec2.Vpcs.Seed(VpcSpecData.Vpcs);

    protected override IAsyncEnumerable<Vpc> ListAll(IAmazonEC2 ec2) => ec2.Paginators.DescribeVpcs(new DescribeVpcsRequest()).Vpcs;
}

/// <summary>The VPC specification against LINQ-to-Objects, what its queries send, and its tag actions.</summary>
public sealed class VpcTests(VpcBackend backend) : Ec2SpecificationTests<Vpc>(backend), IClassFixture<VpcBackend>
{
    public static IEnumerable<object[]> Cases => Ec2Specification.Cases(VpcQueries.All);

    protected override IReadOnlyList<SpecQuery<Vpc>> Queries => VpcQueries.All;

    protected override int ListingCount => 12;

    [Fact]
    public async Task Equalities_become_filters_and_tenancy_runs_in_memory()
    {
        Backend.Server.Requests.Clear();

        var plan = Backend.Client.Vpcs().Where(v => v.IsDefault == false && v.CidrBlock.StartsWith("10.1") && v.InstanceTenancy == Tenancy.Default).Explain();
        var ids = await Backend.Client.Vpcs().Where(v => v.IsDefault == false && v.CidrBlock.StartsWith("10.1") && v.InstanceTenancy == Tenancy.Default).Select(v => v.VpcId).ToListAsync();

        ids.Should().Equal("vpc-00000000000000002", "vpc-0000000000000000b", "vpc-0000000000000000c");
        plan.Requests.Single().Parameters.Select(p => $"{p.Key}={p.Value}").Should().Equal("Filter:is-default=false", "Filter:cidr=10.1*");
        Backend.Server.Requests.For("ec2", "DescribeVpcs").Single().Parameters.Should().Equal(plan.Requests.Single().Parameters);
    }

    [Fact]
    public async Task Tags_are_set_and_removed_on_the_selected_VPCs()
    {
        await using var server = await LocalAwsServer.StartAsync();
        using var ec2 = server.CreateEc2Client();
        server.Ec2.Vpcs.Seed(VpcSpecData.Vpcs);

        var tagged = await ec2.Vpcs().Where(v => v.Tag("env") == "dev").CreateTagsAsync(new Dictionary<string, string> { ["cost-center"] = "42" });
        var untagged = await ec2.Vpcs().Where(v => v.Tag("env") == "dev").DeleteTagsAsync(["Name"], new BatchOptions { DryRun = true });

        server.Ec2.Vpcs.All().Count(v => v.Tags.ContainsKey("cost-center")).Should().Be(tagged.Selected);
        server.Ec2.Vpcs.All().Should().OnlyContain(v => v.VpcId == "vpc-00000000000000001" || v.Tags.ContainsKey("Name"));
        server.Requests.For("ec2", "DeleteTags").Single().Parameter("DryRun").Should().Be("true");
        (tagged.Calls, untagged.DryRun, untagged.Selected).Should().Be((1, true, tagged.Selected));
    }

    protected override IAwsQueryable<Vpc> Open(IAmazonEC2 ec2) => ec2.Vpcs();
}
