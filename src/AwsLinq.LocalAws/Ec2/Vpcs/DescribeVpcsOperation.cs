using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Vpcs;

/// <summary><c>DescribeVpcs</c>: the VPCs of <c>VpcId.N</c> (all when none are), narrowed by <c>Filter.N</c>, paged by <c>MaxResults</c> (5 to 1000) and <c>NextToken</c>.</summary>
internal sealed class DescribeVpcsOperation(LocalEc2 ec2) : DescribeResourcesOperation<LocalEc2Vpc>(ec2)
{
    public override string Name => "DescribeVpcs";

    protected override ResourceTable<LocalEc2Vpc> Table => Ec2.Vpcs.Table;

    protected override string IdParameter => "VpcId";

    protected override FilterFields<LocalEc2Vpc> Fields => VpcModel.Fields;

    protected override PageLimits Limits { get; } = new(5, 1000);

    protected override string SetName => "vpcSet";

    protected override object?[] Item(LocalEc2Vpc record) => VpcModel.Item(record);
}
