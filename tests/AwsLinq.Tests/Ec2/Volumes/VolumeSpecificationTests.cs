using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.Ec2.Volumes;

/// <summary>The seeded volumes, listed completely by the SDK's paginator.</summary>
public sealed class VolumeBackend : Ec2SpecBackend<Volume>
{
    protected override void Seed(LocalEc2 ec2) => ec2.Volumes.Seed(VolumeSpecData.Volumes);

    protected override IAsyncEnumerable<Volume> ListAll(IAmazonEC2 ec2) => ec2.Paginators.DescribeVolumes(new DescribeVolumesRequest()).Volumes;
}

/// <summary>
/// Every volume specification query through AwsLinq, with pages of five volumes so each query crosses pages, must
/// return what LINQ-to-Objects returns over the complete listing.
/// </summary>
public sealed class VolumeSpecificationTests(VolumeBackend backend) : Ec2SpecificationTests<Volume>(backend), IClassFixture<VolumeBackend>
{
    public static IEnumerable<object[]> Cases => Ec2Specification.Cases(VolumeQueries.All);

    protected override IReadOnlyList<SpecQuery<Volume>> Queries => VolumeQueries.All;

    protected override int ListingCount => 60;

    protected override IAwsQueryable<Volume> Open(IAmazonEC2 ec2) => ec2.Volumes();
}
