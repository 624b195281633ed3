using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Ec2.SecurityGroups;

/// <summary>The seeded security groups, listed completely by the SDK's paginator.</summary>
public sealed class SecurityGroupBackend : Ec2SpecBackend<SecurityGroup>
{
    protected override void Seed(LocalEc2 ec2) => ec2.SecurityGroups.Seed(SecurityGroupSpecData.Groups);

    protected override IAsyncEnumerable<SecurityGroup> ListAll(IAmazonEC2 ec2) => ec2.Paginators.DescribeSecurityGroups(new DescribeSecurityGroupsRequest()).SecurityGroups;
}

/// <summary>Every security group specification query, in pages of five, returns what LINQ-to-Objects returns over the listing.</summary>
public sealed class SecurityGroupSpecificationTests(SecurityGroupBackend backend) : IClassFixture<SecurityGroupBackend>
{
    public static IEnumerable<object[]> Cases => Ec2Specification.Cases(SecurityGroupQueries.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Query_returns_what_linq_to_objects_returns(string name, bool async) =>
        Ec2Specification.AssertSameAsync(SecurityGroupQueries.All, name, async, backend.Listing, backend.Client.SecurityGroups().WithPageSize(5));

    [Fact]
    public void Listing_is_complete()
    {
        backend.Listing.Should().HaveCount(40);
    }
}
