using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Snapshots;

/// <summary>The EBS snapshots of the chosen owners in the client's region, listed with <c>DescribeSnapshots</c>.</summary>
internal sealed class Ec2SnapshotResource(IAmazonEC2 client, Ec2Owners owners)
    : Ec2OwnedCollection<Snapshot, DescribeSnapshotsRequest, DescribeSnapshotsResponse>(client, "DescribeSnapshots", new PageSizeRange("MaxResults", 5, 1000), owners)
{
    public static Func<Snapshot, string> SnapshotId { get; } = s => s.SnapshotId;

    protected override Ec2Fields Fields => SnapshotFields.Fields;

    protected override ListingOperation<DescribeSnapshotsRequest, DescribeSnapshotsResponse, Snapshot> List { get; } =
        new(client.DescribeSnapshotsAsync, r => r.Snapshots, r => r.NextToken, (r, token) => r.NextToken = token);

    protected override Func<Snapshot, string> Id => SnapshotId;

    protected override void SetOwners(DescribeSnapshotsRequest request, List<string> owners) => request.OwnerIds = owners;

    protected override void SetFilters(DescribeSnapshotsRequest request, List<Filter> filters) => request.Filters = filters;

    protected override void SetMaxResults(DescribeSnapshotsRequest request, int maxResults) => request.MaxResults = maxResults;
}
