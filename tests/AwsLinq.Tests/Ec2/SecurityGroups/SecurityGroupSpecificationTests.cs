using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.Ec2.SecurityGroups;

/// <summary>The seeded security groups, listed completely by the SDK's paginator.</summary>
public sealed class SecurityGroupBackend : Ec2SpecBackend<SecurityGroup>
{
    protected override void Seed(LocalEc2 ec2) => ec2.SecurityGroups.Seed(SecurityGroupSpecData.Groups);

    protected override IAsyncEnumerable<SecurityGroup> ListAll(IAmazonEC2 ec2) => ec2.Paginators.DescribeSecurityGroups(new DescribeSecurityGroupsRequest()).SecurityGroups;
}

/// <summary>Every security group specification query, in pages of five, returns what LINQ-to-Objects returns over the listing.</summary>
public sealed class SecurityGroupSpecificationTests(SecurityGroupBackend backend) : Ec2SpecificationTests<SecurityGroup>(backend), IClassFixture<SecurityGroupBackend>
{
    public static IEnumerable<object[]> Cases => Ec2Specification.Cases(SecurityGroupQueries.All);

    protected override IReadOnlyList<SpecQuery<SecurityGroup>> Queries => SecurityGroupQueries.All;

    protected override int ListingCount => 40;

    protected override IAwsQueryable<SecurityGroup> Open(IAmazonEC2 ec2) => ec2.SecurityGroups();
}
