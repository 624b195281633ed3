using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Subnets;

/// <summary><c>DescribeSubnets</c>: the subnets of <c>SubnetId.N</c> (all when none are), narrowed by <c>Filter.N</c>, paged by <c>MaxResults</c> (5 to 1000) and <c>NextToken</c>.</summary>
internal sealed class DescribeSubnetsOperation(LocalEc2 ec2) : DescribeResourcesOperation<LocalEc2Subnet>(ec2)
{
    public override string Name => "DescribeSubnets";

    protected override ResourceTable<LocalEc2Subnet> Table => Ec2.Subnets.Table;

    protected override string IdParameter => "SubnetId";

    protected override FilterFields<LocalEc2Subnet> Fields => SubnetModel.Fields;

    protected override PageLimits Limits { get; } = new(5, 1000);

    protected override string SetName => "subnetSet";

    protected override object?[] Item(LocalEc2Subnet record) => SubnetModel.Item(record, Ec2.Region);
}
