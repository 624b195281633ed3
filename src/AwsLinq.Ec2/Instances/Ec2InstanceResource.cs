using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Instances;

/// <summary>The account's instances in the client's region, listed with <c>DescribeInstances</c> and flattened from its reservations.</summary>
internal sealed class Ec2InstanceResource(IAmazonEC2 client)
    : Ec2Collection<Instance, DescribeInstancesRequest, DescribeInstancesResponse>(client, "DescribeInstances", new PageSizeRange("MaxResults", 5, 1000))
{
    protected override Ec2Fields Fields => InstanceFields.Fields;

    // Filtered pages can be empty and still carry a token; the SDK leaves empty collections null.
    protected override ListingOperation<DescribeInstancesRequest, DescribeInstancesResponse, Instance> List { get; } =
        new(client.DescribeInstancesAsync, r => (r.Reservations ?? []).SelectMany(v => v.Instances ?? []), r => r.NextToken, (r, token) => r.NextToken = token);

    public static Func<Instance, string> InstanceId { get; } = i => i.InstanceId;

    protected override Func<Instance, string> Id => InstanceId;

    protected override void SetFilters(DescribeInstancesRequest request, List<Filter> filters) => request.Filters = filters;

    protected override void SetMaxResults(DescribeInstancesRequest request, int maxResults) => request.MaxResults = maxResults;
}
