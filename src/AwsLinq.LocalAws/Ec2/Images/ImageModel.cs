using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Images;

/// <summary>Images as the generic store and operations see them: ids, errors, completion, filters and XML.</summary>
internal static class ImageModel
{
    public static ResourceKind<LocalEc2Image> Kind { get; } = new()
    {
        Name = "image",
        IdPrefix = "ami",
        GivenId = i => i.ImageId,
        Id = i => i.ImageId!,
        Tags = i => i.Tags,
        WithTags = (i, tags) => i with { Tags = tags },
        Complete = Complete,
        Malformed = ResourceErrors.Malformed("InvalidAMIID.Malformed", "ami"),
        NotFound = ResourceErrors.NotFound("InvalidAMIID.NotFound", id => $"The image id '[{id}]' does not exist", ids => $"The image ids '[{ids}]' do not exist"),
    };

    // The reference's filters of DescribeImages.
    public static FilterFields<LocalEc2Image> Fields { get; } = new(i => i.Tags)
    {
        { "image-id", i => i.ImageId },
        { "name", i => i.Name },
        { "description", i => i.Description },
        { "state", i => i.State },
        { "owner-id", i => i.OwnerId },
        { "owner-alias", i => i.OwnerAlias },
        { "is-public", i => (bool?)i.Public },
        { "architecture", i => i.Architecture },
        { "image-type", i => i.ImageType },
        { "platform", i => i.Platform },
        { "root-device-type", i => i.RootDeviceType },
        { "root-device-name", i => i.RootDeviceName },
        { "virtualization-type", i => i.VirtualizationType },
        { "hypervisor", i => i.Hypervisor },
        { "creation-date", i => Ec2Xml.Timestamp(i.CreationDate!.Value) },
        { "block-device-mapping.snapshot-id", i => i.SnapshotIds },
        { "block-device-mapping.device-name", i => Devices(i).Select(d => d.Name) },
        { "block-device-mapping.volume-size", i => i.SnapshotIds.Select(_ => "8") },
    };

    public static bool Visible(LocalEc2Image i) => Owners.Visible(i.OwnerId, i.Public, i.SharedWith);

    public static object?[] Item(LocalEc2Image i) =>
    [
        Ec2Xml.Element("imageId", i.ImageId),
        Ec2Xml.Element("imageLocation", $"{i.OwnerId}/{i.Name}"),
        Ec2Xml.Element("imageState", i.State),
        Ec2Xml.Element("imageOwnerId", i.OwnerId),
        ResourceXml.Time("creationDate", i.CreationDate!.Value),
        ResourceXml.Flag("isPublic", i.Public),
        Ec2Xml.Element("architecture", i.Architecture),
        Ec2Xml.Element("imageType", i.ImageType),
        ResourceXml.Optional("platform", i.Platform),
        Ec2Xml.Element("platformDetails", i.Platform == "windows" ? "Windows" : "Linux/UNIX"),
        Ec2Xml.Element("name", i.Name),
        ResourceXml.Optional("description", i.Description),
        Ec2Xml.Element("rootDeviceType", i.RootDeviceType),
        Ec2Xml.Element("rootDeviceName", i.RootDeviceName),
        Ec2Xml.Set("blockDeviceMapping", Devices(i).Select(d => new object?[]
        {
            Ec2Xml.Element("deviceName", d.Name),
            Ec2Xml.Element(
                "ebs",
                Ec2Xml.Element("snapshotId", d.SnapshotId),
                Ec2Xml.Element("volumeSize", "8"),
                ResourceXml.Flag("deleteOnTermination", true),
                Ec2Xml.Element("volumeType", "gp3"),
                ResourceXml.Flag("encrypted", false)),
        })),
        Ec2Xml.Element("virtualizationType", i.VirtualizationType),
        Ec2Xml.Element("hypervisor", i.Hypervisor),
        ResourceXml.Optional("imageOwnerAlias", i.OwnerAlias),
        i.DeprecationTime is { } deprecated ? ResourceXml.Time("deprecationTime", deprecated) : null,
        ResourceXml.Tags(i.Tags),
    ];

    // The root device first, then /dev/sdb, /dev/sdc...
    private static IEnumerable<(string Name, string SnapshotId)> Devices(LocalEc2Image i) =>
        i.SnapshotIds.Select((snapshot, n) => (n == 0 ? i.RootDeviceName : $"/dev/sd{(char)('a' + n)}", snapshot));

    private static LocalEc2Image Complete(LocalEc2Image i, ResourceContext context)
    {
        ArgumentNullException.ThrowIfNull(i.SharedWith, "resources");
        ArgumentNullException.ThrowIfNull(i.SnapshotIds, "resources");
        ArgumentException.ThrowIfNullOrEmpty(i.Name, "resources");
        return i with
        {
            ImageId = context.Id,
            State = ResourceXml.OneOf(i.State, "Image state", "pending", "available", "invalid", "deregistered", "transient", "failed", "error", "disabled"),
            CreationDate = ResourceXml.Seconds(i.CreationDate, context.Now),
            SharedWith = [.. i.SharedWith],
            SnapshotIds = [.. i.SnapshotIds],
            Tags = ResourceXml.Copy(i.Tags, "resources"),
        };
    }
}
