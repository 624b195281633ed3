using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Sts;

/// <summary>Temporary credentials STS issued.</summary>
internal sealed record TemporaryCredentials(string AccessKeyId, string SecretAccessKey, string SessionToken, DateTimeOffset Expiration)
{
    public XElement ToXml() => StsXml.Element("Credentials",
        StsXml.Element("AccessKeyId", AccessKeyId),
        StsXml.Element("SecretAccessKey", SecretAccessKey),
        StsXml.Element("SessionToken", SessionToken),
        StsXml.Element("Expiration", XmlBodies.Timestamp(Expiration)));
}
