using System.Xml.Linq;

namespace AwsLinq.LocalAws.Sts.Operations;

/// <summary><c>AssumeRole</c>: temporary credentials for a role session; any signed caller may assume any role here.</summary>
internal sealed class AssumeRoleOperation(LocalSts sts) : StsOperation(sts)
{
    public override string Name => "AssumeRole";

    public override IReadOnlyList<XElement> Execute(StsRequest request) => AssumeRole(request, StsXml.Element("PackedPolicySize", "0"));
}
