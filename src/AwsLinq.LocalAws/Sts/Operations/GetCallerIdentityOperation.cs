using System.Xml.Linq;

namespace AwsLinq.LocalAws.Sts.Operations;

/// <summary><c>GetCallerIdentity</c>: who the signing key belongs to. It needs no permission, in AWS as here.</summary>
internal sealed class GetCallerIdentityOperation(LocalSts sts) : StsOperation(sts)
{
    public override string Name => "GetCallerIdentity";

    public override IReadOnlyList<XElement> Execute(StsRequest request)
    {
        var (account, arn, userId) = Sts.Caller(request.AccessKeyId);
        return [StsXml.Element("Arn", arn), StsXml.Element("UserId", userId), StsXml.Element("Account", account)];
    }
}
