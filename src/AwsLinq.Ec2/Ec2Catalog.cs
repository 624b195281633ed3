using Amazon.EC2;
using Amazon.EC2.Model;

namespace AwsLinq.Providers;

/// <summary>The EC2 collections, as tools such as the <c>awslinq</c> command offer them.</summary>
public static class Ec2Catalog
{
    /// <summary>Gets the service: its client and its collections.</summary>
    public static ServiceCatalog Service { get; } = new()
    {
        Name = "ec2",
        Description = "Query EC2 instances, volumes, snapshots, images, security groups, VPCs and subnets, and act on what a query selects.",
        NewConfig = () => new AmazonEC2Config(),
        CreateClient = (credentials, config) => credentials is null ? new AmazonEC2Client((AmazonEC2Config)config) : new AmazonEC2Client(credentials, (AmazonEC2Config)config),
        Collections =
        [
            new CollectionEntry<IAmazonEC2, Instance>
            {
                Name = "instances",
                Description = "List instances (DescribeInstances). Equality on filterable fields and Tag(\"k\") == v become EC2 filters.",
                Open = (ec2, _) => ec2.Instances(),
                Singular = "instance",
                Plural = "instances",
                Parameter = "i",
                DefaultColumns = ["InstanceId", "InstanceType", "State.Name", "LaunchTime", "Tags"],
                WhereExample = "Tag(\"env\") == \"prod\" && State.Name == \"running\"",
                ExtensionTypes = [typeof(InstanceTagExtensions)],
                Actions = [Ec2BatchActions.Start, Ec2BatchActions.Stop, Ec2BatchActions.Reboot, Ec2BatchActions.Terminate, Ec2BatchActions.CreateTags, Ec2BatchActions.DeleteTags],
            },
            new CollectionEntry<IAmazonEC2, Volume>
            {
                Name = "volumes",
                Description = "List EBS volumes (DescribeVolumes). State, VolumeType, Size, Attachments.Any(a => a.InstanceId == id) and Tag(\"k\") == v become EC2 filters.",
                Open = (ec2, _) => ec2.Volumes(),
                Singular = "volume",
                Plural = "volumes",
                Parameter = "v",
                DefaultColumns = ["VolumeId", "Size", "VolumeType", "State", "CreateTime", "Tags"],
                WhereExample = "State == \"available\" && Tag(\"env\") == \"dev\"",
                ExtensionTypes = [typeof(VolumeExtensions)],
                Actions = [VolumeBatchActions.Delete, VolumeBatchActions.CreateTags, VolumeBatchActions.DeleteTags],
            },
        ],
    };
}
