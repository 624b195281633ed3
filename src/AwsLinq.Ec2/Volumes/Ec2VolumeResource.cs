using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Volumes;

/// <summary>The account's EBS volumes in the client's region, listed with <c>DescribeVolumes</c>.</summary>
internal sealed class Ec2VolumeResource(IAmazonEC2 client)
    : Ec2Collection<Volume, DescribeVolumesRequest, DescribeVolumesResponse>(client, "DescribeVolumes", new PageSizeRange("MaxResults", 5, 500))
{
    public static Func<Volume, string> VolumeId { get; } = v => v.VolumeId;

    protected override Ec2Fields Fields => VolumeFields.Fields;

    protected override ListingOperation<DescribeVolumesRequest, DescribeVolumesResponse, Volume> List { get; } =
        new(client.DescribeVolumesAsync, r => r.Volumes, r => r.NextToken, (r, token) => r.NextToken = token);

    protected override Func<Volume, string> Id => VolumeId;

    protected override void SetFilters(DescribeVolumesRequest request, List<Filter> filters) => request.Filters = filters;

    protected override void SetMaxResults(DescribeVolumesRequest request, int maxResults) => request.MaxResults = maxResults;
}
