using AwsLinq.LocalAws.Ec2;
using AwsLinq.LocalAws.Ec2.Resources;
using AwsLinq.LocalAws.Ec2.Images;
using AwsLinq.LocalAws.Ec2.SecurityGroups;
using AwsLinq.LocalAws.Ec2.Snapshots;
using AwsLinq.LocalAws.Ec2.Subnets;
using AwsLinq.LocalAws.Ec2.Volumes;
using AwsLinq.LocalAws.Ec2.Vpcs;

namespace AwsLinq.LocalAws;

/// <summary>The EC2 resources other than instances, each in a store of its own, created on first use.</summary>
public sealed partial class LocalEc2
{
    private LocalEc2Resources<LocalEc2Volume>? _volumes;
    private LocalEc2Resources<LocalEc2Snapshot>? _snapshots;
    private LocalEc2Resources<LocalEc2Image>? _images;
    private LocalEc2Resources<LocalEc2SecurityGroup>? _securityGroups;
    private LocalEc2Resources<LocalEc2Vpc>? _vpcs;
    private LocalEc2Resources<LocalEc2Subnet>? _subnets;

    /// <summary>Gets the EBS volumes, served by <c>DescribeVolumes</c> and <c>DeleteVolume</c>.</summary>
    public LocalEc2Resources<LocalEc2Volume> Volumes => Resources(ref _volumes, VolumeModel.Kind);

    /// <summary>Gets the EBS snapshots, served by <c>DescribeSnapshots</c> and <c>DeleteSnapshot</c>.</summary>
    public LocalEc2Resources<LocalEc2Snapshot> Snapshots => Resources(ref _snapshots, SnapshotModel.Kind);

    /// <summary>Gets the AMIs, served by <c>DescribeImages</c> and <c>DeregisterImage</c>.</summary>
    public LocalEc2Resources<LocalEc2Image> Images => Resources(ref _images, ImageModel.Kind);

    /// <summary>Gets the security groups, served by <c>DescribeSecurityGroups</c> and <c>DeleteSecurityGroup</c>.</summary>
    public LocalEc2Resources<LocalEc2SecurityGroup> SecurityGroups => Resources(ref _securityGroups, SecurityGroupModel.Kind);

    /// <summary>Gets the VPCs, served by <c>DescribeVpcs</c>.</summary>
    public LocalEc2Resources<LocalEc2Vpc> Vpcs => Resources(ref _vpcs, VpcModel.Kind);

    /// <summary>Gets the subnets, served by <c>DescribeSubnets</c>.</summary>
    public LocalEc2Resources<LocalEc2Subnet> Subnets => Resources(ref _subnets, SubnetModel.Kind);

    /// <summary>Gets the tags of every kind of resource, for the tag operations.</summary>
    internal IReadOnlyList<ITagStore> TagStores => field ??= [new InstanceTagStore(Store), Volumes.Table, Snapshots.Table, Images.Table, SecurityGroups.Table, Vpcs.Table, Subnets.Table];

    private LocalEc2Resources<T> Resources<T>(ref LocalEc2Resources<T>? store, ResourceKind<T> kind)
        where T : class =>
        LazyInitializer.EnsureInitialized(ref store, () => new(new ResourceTable<T>(kind, Region, TimeProvider)));
}
