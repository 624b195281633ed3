using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.SecurityGroups;

/// <summary>The account's security groups in the client's region, listed with <c>DescribeSecurityGroups</c>.</summary>
internal sealed class Ec2SecurityGroupResource(IAmazonEC2 client)
    : Ec2Collection<SecurityGroup, DescribeSecurityGroupsRequest, DescribeSecurityGroupsResponse>(client, "DescribeSecurityGroups", new PageSizeRange("MaxResults", 5, 1000))
{
    public static Func<SecurityGroup, string> GroupId { get; } = g => g.GroupId;

    protected override Ec2Fields Fields => SecurityGroupFields.Fields;

    protected override ListingOperation<DescribeSecurityGroupsRequest, DescribeSecurityGroupsResponse, SecurityGroup> List { get; } =
        new(client.DescribeSecurityGroupsAsync, r => r.SecurityGroups, r => r.NextToken, (r, token) => r.NextToken = token);

    protected override Func<SecurityGroup, string> Id => GroupId;

    protected override void SetFilters(DescribeSecurityGroupsRequest request, List<Filter> filters) => request.Filters = filters;

    protected override void SetMaxResults(DescribeSecurityGroupsRequest request, int maxResults) => request.MaxResults = maxResults;
}
