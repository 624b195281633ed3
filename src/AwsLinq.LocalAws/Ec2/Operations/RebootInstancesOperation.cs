using System.Xml.Linq;

namespace AwsLinq.LocalAws.Ec2.Operations;

/// <summary>
/// <c>RebootInstances</c>: answers <c>return</c> true and changes no state. The reference: "The operation succeeds if
/// the instances are valid and belong to you. Requests to reboot terminated instances are ignored."
/// </summary>
internal sealed class RebootInstancesOperation(LocalEc2 ec2) : Ec2Operation(ec2)
{
    public override string Name => "RebootInstances";

    public override IReadOnlyList<XElement> Execute(Ec2Parameters request)
    {
        var ids = request.List("InstanceId");
        if (ids.Count == 0)
        {
            throw Ec2Errors.MissingParameter("InstanceId");
        }

        RequireInstances(ids);
        ThrowIfDryRun(request);
        return [Return()];
    }
}
