using System.Xml.Linq;
using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.SecurityGroups;

/// <summary>
/// <c>DeleteSecurityGroup</c>: removes the group of <c>GroupId</c> (or of <c>GroupName</c>), unless it is a VPC's
/// <c>default</c> group (CannotDelete) or another group's rule references it (DependencyViolation).
/// </summary>
internal sealed class DeleteSecurityGroupOperation(LocalEc2 ec2) : DeleteResourceOperation<LocalEc2SecurityGroup>(ec2)
{
    public override string Name => "DeleteSecurityGroup";

    protected override ResourceTable<LocalEc2SecurityGroup> Table => Ec2.SecurityGroups.Table;

    protected override string Target(Ec2Parameters request)
    {
        if (request.Value("GroupId") is { Length: > 0 } id)
        {
            return id;
        }

        var name = request.Value("GroupName") is { Length: > 0 } given ? given : throw Ec2Errors.MissingParameter("groupName or groupId");
        return Table.All().FirstOrDefault(g => g.GroupName == name)?.GroupId ?? throw SecurityGroupModel.NotFound([name]);
    }

    protected override void Check(LocalEc2SecurityGroup record)
    {
        if (record.GroupName == "default")
        {
            throw new Ec2ErrorException(400, "CannotDelete", $"the specified group: \"{record.GroupId}\" name: \"default\" cannot be deleted by a user");
        }

        if (Table.All().Any(g => g.GroupId != record.GroupId && g.Ingress.Concat(g.Egress!).Any(r => r.GroupIds.Contains(record.GroupId!))))
        {
            throw new Ec2ErrorException(400, "DependencyViolation", $"resource {record.GroupId} has a dependent object");
        }
    }

    protected override IReadOnlyList<XElement> Answer(LocalEc2SecurityGroup record) => [Return(), Ec2Xml.Element("groupId", record.GroupId)];
}
