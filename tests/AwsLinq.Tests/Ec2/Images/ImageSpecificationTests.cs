using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Ec2.Images;

/// <summary>The seeded images; the listing is the account's own, as ec2.Images() lists by default.</summary>
public sealed class ImageBackend : Ec2SpecBackend<Image>
{
    protected override void Seed(LocalEc2 ec2) => ec2.Images.Seed(ImageSpecData.Images);

    protected override IAsyncEnumerable<Image> ListAll(IAmazonEC2 ec2) => ec2.Paginators.DescribeImages(new DescribeImagesRequest { Owners = ["self"] }).Images;
}

/// <summary>Every image specification query, in pages of five, returns what LINQ-to-Objects returns over the listing.</summary>
public sealed class ImageSpecificationTests(ImageBackend backend) : IClassFixture<ImageBackend>
{
    public static IEnumerable<object[]> Cases => Ec2Specification.Cases(ImageQueries.All);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Query_returns_what_linq_to_objects_returns(string name, bool async) =>
        Ec2Specification.AssertSameAsync(ImageQueries.All, name, async, backend.Listing, backend.Client.Images().WithPageSize(5));

    [Fact]
    public void Listing_is_complete()
    {
        backend.Listing.Should().HaveCount(40);
    }
}
