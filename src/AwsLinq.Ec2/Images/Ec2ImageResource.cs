using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Images;

/// <summary>The AMIs of the chosen owners in the client's region, listed with <c>DescribeImages</c>.</summary>
internal sealed class Ec2ImageResource(IAmazonEC2 client, Ec2Owners owners)
    : Ec2OwnedCollection<Image, DescribeImagesRequest, DescribeImagesResponse>(client, "DescribeImages", new PageSizeRange("MaxResults", 5, 1000), owners)
{
    public static Func<Image, string> ImageId { get; } = i => i.ImageId;

    protected override Ec2Fields Fields => ImageFields.Fields;

    protected override ListingOperation<DescribeImagesRequest, DescribeImagesResponse, Image> List { get; } =
        new(client.DescribeImagesAsync, r => r.Images, r => r.NextToken, (r, token) => r.NextToken = token);

    protected override Func<Image, string> Id => ImageId;

    protected override void SetOwners(DescribeImagesRequest request, List<string> owners) => request.Owners = owners;

    protected override void SetFilters(DescribeImagesRequest request, List<Filter> filters) => request.Filters = filters;

    protected override void SetMaxResults(DescribeImagesRequest request, int maxResults) => request.MaxResults = maxResults;
}
