using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Snapshots;

/// <summary>
/// <c>DescribeSnapshots</c>: the snapshots the account can see (its own, public ones and those shared with it),
/// narrowed by <c>SnapshotId.N</c>, <c>Owner.N</c>, <c>RestorableBy.N</c> and <c>Filter.N</c>, paged by
/// <c>MaxResults</c> from 5 to 1000 (a larger value gets pages of 1000, as the reference says) and <c>NextToken</c>.
/// Without an owner, every public snapshot is listed too, as EC2 lists them.
/// </summary>
internal sealed class DescribeSnapshotsOperation(LocalEc2 ec2) : DescribeResourcesOperation<LocalEc2Snapshot>(ec2)
{
    public override string Name => "DescribeSnapshots";

    protected override ResourceTable<LocalEc2Snapshot> Table => Ec2.Snapshots.Table;

    protected override string IdParameter => "SnapshotId";

    protected override FilterFields<LocalEc2Snapshot> Fields => SnapshotModel.Fields;

    // The reference: "You cannot specify this parameter and the snapshot IDs parameter in the same request."
    protected override PageLimits Limits { get; } = new(5, 1000, CapsLarger: true, ExclusiveIds: "snapshotSet");

    protected override string SetName => "snapshotSet";

    protected override object?[] Item(LocalEc2Snapshot record) => SnapshotModel.Item(record);

    protected override bool Visible(LocalEc2Snapshot record) => SnapshotModel.Visible(record);

    protected override Func<LocalEc2Snapshot, bool> Scope(Ec2Parameters request)
    {
        var owners = Owners.Named(request.List("Owner"));
        var restorable = Owners.UsableBy(request.List("RestorableBy"));
        return s => owners(s.OwnerId, s.OwnerAlias) && restorable(s.OwnerId, s.Public, s.SharedWith);
    }
}
