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
                OpenInRegion = (_, ec2, _) => ec2.Instances(),
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
                OpenInRegion = (_, ec2, _) => ec2.Volumes(),
                Singular = "volume",
                Plural = "volumes",
                Parameter = "v",
                DefaultColumns = ["VolumeId", "Size", "VolumeType", "State", "CreateTime", "Tags"],
                WhereExample = "State == \"available\" && Tag(\"env\") == \"dev\"",
                ExtensionTypes = [typeof(VolumeExtensions)],
                Actions = [VolumeBatchActions.Delete, VolumeBatchActions.CreateTags, VolumeBatchActions.DeleteTags],
            },
            new CollectionEntry<IAmazonEC2, Snapshot>
            {
                Name = "snapshots",
                Description = "List the account's own EBS snapshots (DescribeSnapshots, Owner=self). State, VolumeId, Description and Tag(\"k\") == v become EC2 filters; StartTime runs in memory.",
                Open = (ec2, _) => ec2.Snapshots(),
                OpenInRegion = (_, ec2, _) => ec2.Snapshots(),
                Singular = "snapshot",
                Plural = "snapshots",
                Parameter = "s",
                DefaultColumns = ["SnapshotId", "VolumeId", "VolumeSize", "State", "StartTime", "Description"],
                WhereExample = "StartTime < DateTime.UtcNow.AddDays(-90) && Tag(\"keep\") == null",
                ExtensionTypes = [typeof(SnapshotExtensions)],
                Actions = [SnapshotBatchActions.Delete, SnapshotBatchActions.CreateTags, SnapshotBatchActions.DeleteTags],
            },
            new CollectionEntry<IAmazonEC2, Image>
            {
                Name = "images",
                Description = "List the account's own AMIs (DescribeImages, Owner=self). State, Name wildcards, Architecture and Tag(\"k\") == v become EC2 filters.",
                Open = (ec2, _) => ec2.Images(),
                OpenInRegion = (_, ec2, _) => ec2.Images(),
                Singular = "image",
                Plural = "images",
                Parameter = "i",
                DefaultColumns = ["ImageId", "Name", "State", "CreationDate", "Public"],
                WhereExample = "Name.StartsWith(\"build-\") && State == \"available\"",
                ExtensionTypes = [typeof(ImageExtensions)],
                Actions = [ImageBatchActions.Deregister, ImageBatchActions.CreateTags, ImageBatchActions.DeleteTags],
            },
            new CollectionEntry<IAmazonEC2, SecurityGroup>
            {
                Name = "security-groups",
                Description = "List security groups (DescribeSecurityGroups). GroupName, VpcId, rules through IpPermissions.Any(...) and Tag(\"k\") == v become EC2 filters.",
                Open = (ec2, _) => ec2.SecurityGroups(),
                OpenInRegion = (_, ec2, _) => ec2.SecurityGroups(),
                Singular = "security group",
                Plural = "security groups",
                Parameter = "g",
                DefaultColumns = ["GroupId", "GroupName", "VpcId", "Description"],
                WhereExample = "IpPermissions.Any(p => p.Ipv4Ranges.Any(r => r.CidrIp == \"0.0.0.0/0\"))",
                ExtensionTypes = [typeof(SecurityGroupExtensions)],
                Actions = [SecurityGroupBatchActions.Delete, SecurityGroupBatchActions.CreateTags, SecurityGroupBatchActions.DeleteTags],
            },
            new CollectionEntry<IAmazonEC2, Vpc>
            {
                Name = "vpcs",
                Description = "List VPCs (DescribeVpcs). VpcId, CidrBlock, IsDefault, State and Tag(\"k\") == v become EC2 filters.",
                Open = (ec2, _) => ec2.Vpcs(),
                OpenInRegion = (_, ec2, _) => ec2.Vpcs(),
                Singular = "VPC",
                Plural = "VPCs",
                Parameter = "v",
                DefaultColumns = ["VpcId", "CidrBlock", "State", "IsDefault", "Tags"],
                WhereExample = "IsDefault == false && Tag(\"env\") == \"prod\"",
                ExtensionTypes = [typeof(VpcExtensions)],
                Actions = [VpcBatchActions.CreateTags, VpcBatchActions.DeleteTags],
            },
            new CollectionEntry<IAmazonEC2, Subnet>
            {
                Name = "subnets",
                Description = "List subnets (DescribeSubnets). VpcId, AvailabilityZone, CidrBlock, MapPublicIpOnLaunch and Tag(\"k\") == v become EC2 filters.",
                Open = (ec2, _) => ec2.Subnets(),
                OpenInRegion = (_, ec2, _) => ec2.Subnets(),
                Singular = "subnet",
                Plural = "subnets",
                Parameter = "s",
                DefaultColumns = ["SubnetId", "VpcId", "CidrBlock", "AvailabilityZone", "AvailableIpAddressCount"],
                WhereExample = "VpcId == \"vpc-0123456789abcdef0\" && MapPublicIpOnLaunch == true",
                ExtensionTypes = [typeof(SubnetExtensions)],
                Actions = [SubnetBatchActions.CreateTags, SubnetBatchActions.DeleteTags],
            },
        ],
    };
}
