using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Subnets;

/// <summary>The account's subnets in the client's region, listed with <c>DescribeSubnets</c>.</summary>
internal sealed class Ec2SubnetResource(IAmazonEC2 client)
    : Ec2Collection<Subnet, DescribeSubnetsRequest, DescribeSubnetsResponse>(client, "DescribeSubnets", new PageSizeRange("MaxResults", 5, 1000))
{
    public static Func<Subnet, string> SubnetId { get; } = x => x.SubnetId;

    protected override Ec2Fields Fields => SubnetFields.Fields;

    protected override ListingOperation<DescribeSubnetsRequest, DescribeSubnetsResponse, Subnet> List { get; } =
        new(client.DescribeSubnetsAsync, r => r.Subnets, r => r.NextToken, (r, token) => r.NextToken = token);

    protected override Func<Subnet, string> Id => SubnetId;

    protected override void SetFilters(DescribeSubnetsRequest request, List<Filter> filters) => request.Filters = filters;

    protected override void SetMaxResults(DescribeSubnetsRequest request, int maxResults) => request.MaxResults = maxResults;
}
