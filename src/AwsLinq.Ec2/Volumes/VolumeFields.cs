using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Volumes;

/// <summary>The volume properties EC2 can filter on, by their path from the volume, with the filter names of DescribeVolumes.</summary>
internal static class VolumeFields
{
    public static Ec2Fields Fields { get; } = new(
        new Dictionary<string, FilterField>(StringComparer.Ordinal)
        {
            ["VolumeId"] = new("volume-id"),
            ["State"] = new("status"),
            ["Size"] = new("size"),
            ["VolumeType"] = new("volume-type"),
            ["AvailabilityZone"] = new("availability-zone"),
            ["SnapshotId"] = new("snapshot-id"),
            ["Encrypted"] = new("encrypted"),
            ["MultiAttachEnabled"] = new("multi-attach-enabled"),

            // A volume with Multi-Attach has several attachments; each filter matches any of them.
            ["Attachments[].InstanceId"] = new("attachment.instance-id", SingleValued: false),
            ["Attachments[].Device"] = new("attachment.device", SingleValued: false),
            ["Attachments[].State"] = new("attachment.status", SingleValued: false),
            ["Attachments[].DeleteOnTermination"] = new("attachment.delete-on-termination", SingleValued: false),
        },
        typeof(VolumeExtensions).GetMethod(nameof(VolumeExtensions.Tag)));
}
