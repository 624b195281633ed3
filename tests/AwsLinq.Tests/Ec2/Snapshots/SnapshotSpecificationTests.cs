using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.Ec2.Snapshots;

/// <summary>The seeded snapshots; the listing is the account's own, as ec2.Snapshots() lists by default.</summary>
public sealed class SnapshotBackend : Ec2SpecBackend<Snapshot>
{
    protected override void Seed(LocalEc2 ec2) => ec2.Snapshots.Seed(SnapshotSpecData.Snapshots);

    protected override IAsyncEnumerable<Snapshot> ListAll(IAmazonEC2 ec2) => ec2.Paginators.DescribeSnapshots(new DescribeSnapshotsRequest { OwnerIds = ["self"] }).Snapshots;
}

/// <summary>Every snapshot specification query, in pages of five, returns what LINQ-to-Objects returns over the listing.</summary>
public sealed class SnapshotSpecificationTests(SnapshotBackend backend) : Ec2SpecificationTests<Snapshot>(backend), IClassFixture<SnapshotBackend>
{
    public static IEnumerable<object[]> Cases => Ec2Specification.Cases(SnapshotQueries.All);

    protected override IReadOnlyList<SpecQuery<Snapshot>> Queries => SnapshotQueries.All;

    protected override int ListingCount => 60;

    protected override IAwsQueryable<Snapshot> Open(IAmazonEC2 ec2) => ec2.Snapshots();
}
