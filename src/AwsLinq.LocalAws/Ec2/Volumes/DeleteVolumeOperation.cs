using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Volumes;

/// <summary><c>DeleteVolume</c>: removes a volume that is not attached; one in use is refused with VolumeInUse.</summary>
internal sealed class DeleteVolumeOperation(LocalEc2 ec2) : DeleteResourceOperation<LocalEc2Volume>(ec2)
{
    public override string Name => "DeleteVolume";

    protected override ResourceTable<LocalEc2Volume> Table => Ec2.Volumes.Table;

    protected override string Target(Ec2Parameters request) => request.Required("VolumeId");

    protected override void Check(LocalEc2Volume record)
    {
        if (record.Attachments.FirstOrDefault() is { } attachment)
        {
            throw new Ec2ErrorException(400, "VolumeInUse", $"Volume {record.VolumeId} is currently attached to {attachment.InstanceId}");
        }
    }
}
