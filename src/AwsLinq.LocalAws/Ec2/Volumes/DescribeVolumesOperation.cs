using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Volumes;

/// <summary>
/// <c>DescribeVolumes</c>: the volumes of <c>VolumeId.N</c> (all when none are), narrowed by <c>Filter.N</c>, paged by
/// <c>MaxResults</c> from 5 to 500 (a larger value gets pages of 500, as the reference says) and <c>NextToken</c>.
/// </summary>
internal sealed class DescribeVolumesOperation(LocalEc2 ec2) : DescribeResourcesOperation<LocalEc2Volume>(ec2)
{
    public override string Name => "DescribeVolumes";

    protected override ResourceTable<LocalEc2Volume> Table => Ec2.Volumes.Table;

    protected override string IdParameter => "VolumeId";

    protected override FilterFields<LocalEc2Volume> Fields => VolumeModel.Fields;

    // The reference: "You cannot specify this parameter and the volume IDs parameter in the same request."
    protected override PageLimits Limits { get; } = new(5, 500, CapsLarger: true, ExclusiveIds: "volumeSet");

    protected override string SetName => "volumeSet";

    protected override object?[] Item(LocalEc2Volume record) => VolumeModel.Item(record);
}
