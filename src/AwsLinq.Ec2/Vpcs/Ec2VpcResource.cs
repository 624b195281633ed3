using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Vpcs;

/// <summary>The account's VPCs in the client's region, listed with <c>DescribeVpcs</c>.</summary>
internal sealed class Ec2VpcResource(IAmazonEC2 client)
    : Ec2Collection<Vpc, DescribeVpcsRequest, DescribeVpcsResponse>(client, "DescribeVpcs", new PageSizeRange("MaxResults", 5, 1000))
{
    public static Func<Vpc, string> VpcId { get; } = x => x.VpcId;

    protected override Ec2Fields Fields => VpcFields.Fields;

    protected override ListingOperation<DescribeVpcsRequest, DescribeVpcsResponse, Vpc> List { get; } =
        new(client.DescribeVpcsAsync, r => r.Vpcs, r => r.NextToken, (r, token) => r.NextToken = token);

    protected override Func<Vpc, string> Id => VpcId;

    protected override void SetFilters(DescribeVpcsRequest request, List<Filter> filters) => request.Filters = filters;

    protected override void SetMaxResults(DescribeVpcsRequest request, int maxResults) => request.MaxResults = maxResults;
}
