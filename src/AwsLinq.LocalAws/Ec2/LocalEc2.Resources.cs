using AwsLinq.LocalAws.Ec2;
using AwsLinq.LocalAws.Ec2.Resources;
using AwsLinq.LocalAws.Ec2.Volumes;

namespace AwsLinq.LocalAws;

/// <summary>The EC2 resources other than instances, each in a store of its own, created on first use.</summary>
public sealed partial class LocalEc2
{
    private LocalEc2Resources<LocalEc2Volume>? _volumes;

    /// <summary>Gets the EBS volumes, served by <c>DescribeVolumes</c> and <c>DeleteVolume</c>.</summary>
    public LocalEc2Resources<LocalEc2Volume> Volumes => Resources(ref _volumes, VolumeModel.Kind);

    /// <summary>Gets the tags of every kind of resource, for the tag operations.</summary>
    internal IReadOnlyList<ITagStore> TagStores => field ??= [new InstanceTagStore(Store), Volumes.Table];

    private LocalEc2Resources<T> Resources<T>(ref LocalEc2Resources<T>? store, ResourceKind<T> kind)
        where T : class =>
        LazyInitializer.EnsureInitialized(ref store, () => new(new ResourceTable<T>(kind, Region, TimeProvider)));
}
