using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.Ec2.Images;

/// <summary>The seeded images; the listing is the account's own, as ec2.Images() lists by default.</summary>
public sealed class ImageBackend : Ec2SpecBackend<Image>
{
    protected override void Seed(LocalEc2 ec2) => ec2.Images.Seed(ImageSpecData.Images);

    protected override IAsyncEnumerable<Image> ListAll(IAmazonEC2 ec2) => ec2.Paginators.DescribeImages(new DescribeImagesRequest { Owners = ["self"] }).Images;
}

/// <summary>Every image specification query, in pages of five, returns what LINQ-to-Objects returns over the listing.</summary>
public sealed class ImageSpecificationTests(ImageBackend backend) : Ec2SpecificationTests<Image>(backend), IClassFixture<ImageBackend>
{
    public static IEnumerable<object[]> Cases => Ec2Specification.Cases(ImageQueries.All);

    protected override IReadOnlyList<SpecQuery<Image>> Queries => ImageQueries.All;

    protected override int ListingCount => 40;

    protected override IAwsQueryable<Image> Open(IAmazonEC2 ec2) => ec2.Images();
}
