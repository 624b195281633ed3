using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.SecurityGroups;

/// <summary>
/// <c>DescribeSecurityGroups</c>: the groups of <c>GroupId.N</c> and <c>GroupName.N</c> (all when neither is given; an
/// unknown name fails as an unknown id does), narrowed by <c>Filter.N</c>, paged by <c>MaxResults</c> (5 to 1000) and
/// <c>NextToken</c>.
/// </summary>
internal sealed class DescribeSecurityGroupsOperation(LocalEc2 ec2) : DescribeResourcesOperation<LocalEc2SecurityGroup>(ec2)
{
    public override string Name => "DescribeSecurityGroups";

    protected override ResourceTable<LocalEc2SecurityGroup> Table => Ec2.SecurityGroups.Table;

    protected override string IdParameter => "GroupId";

    protected override FilterFields<LocalEc2SecurityGroup> Fields => SecurityGroupModel.Fields;

    protected override PageLimits Limits { get; } = new(5, 1000);

    protected override string SetName => "securityGroupInfo";

    protected override object?[] Item(LocalEc2SecurityGroup record) => SecurityGroupModel.Item(record, Ec2.Region);

    protected override Func<LocalEc2SecurityGroup, bool> Scope(Ec2Parameters request)
    {
        var names = request.List("GroupName");
        var known = Table.All().Select(g => g.GroupName).ToHashSet(StringComparer.Ordinal);
        if (names.Where(n => !known.Contains(n)).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } unknown)
        {
            throw SecurityGroupModel.NotFound(unknown);
        }

        return g => names.Count == 0 || names.Contains(g.GroupName);
    }
}
