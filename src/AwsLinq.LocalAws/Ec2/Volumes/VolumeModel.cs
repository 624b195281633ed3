using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Volumes;

/// <summary>Volumes as the generic store and operations see them: ids, errors, completion, filters and XML.</summary>
internal static class VolumeModel
{
    public static ResourceKind<LocalEc2Volume> Kind { get; } = new()
    {
        Name = "volume",
        IdPrefix = "vol",
        GivenId = v => v.VolumeId,
        Id = v => v.VolumeId!,
        Tags = v => v.Tags,
        WithTags = (v, tags) => v with { Tags = tags },
        Complete = Complete,
        Malformed = ResourceErrors.Malformed("InvalidVolumeID.Malformed", "vol"),
        NotFound = ResourceErrors.NotFound("InvalidVolume.NotFound", id => $"The volume '{id}' does not exist.", ids => $"The volumes '{ids}' do not exist."),
    };

    // The reference's filters of DescribeVolumes.
    public static FilterFields<LocalEc2Volume> Fields { get; } = new(v => v.Tags)
    {
        { "volume-id", v => v.VolumeId },
        { "status", v => v.State },
        { "size", v => (long)v.Size },
        { "volume-type", v => v.VolumeType },
        { "availability-zone", v => v.AvailabilityZone },
        { "snapshot-id", v => v.SnapshotId },
        { "encrypted", v => (bool?)v.Encrypted },
        { "multi-attach-enabled", v => (bool?)v.MultiAttachEnabled },
        { "create-time", v => Ec2Xml.Timestamp(v.CreateTime!.Value) },
        { "attachment.instance-id", v => v.Attachments.Select(a => a.InstanceId) },
        { "attachment.device", v => v.Attachments.Select(a => a.Device) },
        { "attachment.status", v => v.Attachments.Select(a => a.State) },
        { "attachment.delete-on-termination", v => v.Attachments.Select(a => Ec2Xml.Boolean(a.DeleteOnTermination)) },
        { "attachment.attach-time", v => v.Attachments.Select(_ => Ec2Xml.Timestamp(v.CreateTime!.Value)) },
    };

    public static object?[] Item(LocalEc2Volume v) =>
    [
        Ec2Xml.Element("volumeId", v.VolumeId),
        Ec2Xml.Element("size", Ec2Xml.Number(v.Size)),
        Ec2Xml.Element("snapshotId", v.SnapshotId ?? string.Empty),
        Ec2Xml.Element("availabilityZone", v.AvailabilityZone),
        Ec2Xml.Element("status", v.State),
        ResourceXml.Time("createTime", v.CreateTime!.Value),
        Ec2Xml.Set("attachmentSet", v.Attachments.Select(a => new object?[]
        {
            Ec2Xml.Element("volumeId", v.VolumeId),
            Ec2Xml.Element("instanceId", a.InstanceId),
            Ec2Xml.Element("device", a.Device),
            Ec2Xml.Element("status", a.State),
            ResourceXml.Time("attachTime", v.CreateTime!.Value),
            ResourceXml.Flag("deleteOnTermination", a.DeleteOnTermination),
        })),
        ResourceXml.Tags(v.Tags),
        Ec2Xml.Element("volumeType", v.VolumeType),
        ResourceXml.Flag("encrypted", v.Encrypted),
        ResourceXml.Flag("multiAttachEnabled", v.MultiAttachEnabled),
    ];

    private static LocalEc2Volume Complete(LocalEc2Volume v, ResourceContext context)
    {
        ArgumentNullException.ThrowIfNull(v.Attachments, "resources");
        ArgumentOutOfRangeException.ThrowIfLessThan(v.Size, 1, "resources");
        var state = v.State ?? (v.Attachments.Count > 0 ? "in-use" : "available");
        return v with
        {
            VolumeId = context.Id,
            State = ResourceXml.OneOf(state, "Volume state", "creating", "available", "in-use", "deleting", "deleted", "error"),
            VolumeType = ResourceXml.OneOf(v.VolumeType, "Volume type", "standard", "io1", "io2", "gp2", "gp3", "sc1", "st1"),
            AvailabilityZone = v.AvailabilityZone ?? context.Region + "a",
            CreateTime = ResourceXml.Seconds(v.CreateTime, context.Now),
            Attachments = [.. v.Attachments],
            Tags = ResourceXml.Copy(v.Tags, "resources"),
        };
    }
}
