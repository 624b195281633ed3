using System.Xml.Linq;

namespace AwsLinq.LocalAws.Sts.Operations;

/// <summary>
/// <c>AssumeRoleWithWebIdentity</c>, which clients send unsigned: temporary credentials for any non-empty token (the
/// token is not verified, nor logged). The answer names the provider and audience as STS does, with fixed values.
/// </summary>
internal sealed class AssumeRoleWithWebIdentityOperation(LocalSts sts) : StsOperation(sts)
{
    public override string Name => "AssumeRoleWithWebIdentity";

    public override IReadOnlyList<XElement> Execute(StsRequest request)
    {
        var token = request.Required("WebIdentityToken");
        if (token.Length < 4)
        {
            throw new StsErrorException(400, "InvalidIdentityToken", "The web identity token that was passed could not be validated by AWS.");
        }

        return AssumeRole(
            request,
            StsXml.Element("SubjectFromWebIdentityToken", "local-subject"),
            StsXml.Element("Provider", "localhost"),
            StsXml.Element("Audience", "sts.amazonaws.com"));
    }
}
