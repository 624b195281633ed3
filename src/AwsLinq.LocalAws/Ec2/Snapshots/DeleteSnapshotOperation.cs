using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Snapshots;

/// <summary><c>DeleteSnapshot</c>: removes a snapshot no image is registered from; one in use is refused with InvalidSnapshot.InUse.</summary>
internal sealed class DeleteSnapshotOperation(LocalEc2 ec2) : DeleteResourceOperation<LocalEc2Snapshot>(ec2)
{
    public override string Name => "DeleteSnapshot";

    protected override ResourceTable<LocalEc2Snapshot> Table => Ec2.Snapshots.Table;

    protected override string Target(Ec2Parameters request) => request.Required("SnapshotId");

    protected override void Check(LocalEc2Snapshot record)
    {
        if (Ec2.Images.Table.All().FirstOrDefault(i => i.SnapshotIds.Contains(record.SnapshotId!)) is { } image)
        {
            throw new Ec2ErrorException(400, "InvalidSnapshot.InUse", $"The snapshot {record.SnapshotId} is currently in use by {image.ImageId}");
        }
    }
}
