using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Images;

/// <summary>The image properties EC2 can filter on, with the filter names of DescribeImages.</summary>
internal static class ImageFields
{
    public static Ec2Fields Fields { get; } = new(
        new Dictionary<string, FilterField>(StringComparer.Ordinal)
        {
            ["ImageId"] = new("image-id"),
            ["Name"] = new("name"),
            ["Description"] = new("description"),
            ["State"] = new("state"),
            ["OwnerId"] = new("owner-id"),
            ["ImageOwnerAlias"] = new("owner-alias"),
            ["Public"] = new("is-public"),
            ["Architecture"] = new("architecture"),
            ["ImageType"] = new("image-type"),
            ["Platform"] = new("platform"),
            ["RootDeviceType"] = new("root-device-type"),
            ["RootDeviceName"] = new("root-device-name"),
            ["VirtualizationType"] = new("virtualization-type"),
            ["Hypervisor"] = new("hypervisor"),

            // EC2 compares the text it reports, 2024-05-01T12:00:00.000Z; StartsWith("2024-05") is the wildcard 2024-05*.
            ["CreationDate"] = new("creation-date"),
            ["BlockDeviceMappings[].DeviceName"] = new("block-device-mapping.device-name", SingleValued: false),
            ["BlockDeviceMappings[].Ebs.SnapshotId"] = new("block-device-mapping.snapshot-id", SingleValued: false),
            ["BlockDeviceMappings[].Ebs.VolumeSize"] = new("block-device-mapping.volume-size", SingleValued: false),
        },
        typeof(ImageExtensions).GetMethod(nameof(ImageExtensions.Tag)));
}
