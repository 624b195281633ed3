using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Sts;

/// <summary>
/// STS's query-protocol answers: <c>&lt;ActionResponse&gt;&lt;ActionResult&gt;...&lt;/ActionResult&gt;&lt;ResponseMetadata&gt;</c> in the
/// 2011-06-15 namespace, and the <c>ErrorResponse</c> body for errors, as the STS API reference shows them.
/// </summary>
internal static class StsXml
{
    public const string ContentType = "text/xml";

    public static readonly XNamespace Namespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    public static XElement Element(string name, params object?[] content) => new(Namespace + name, content);

    public static ServiceResponse Response(string action, string requestId, IEnumerable<XElement> result) =>
        Body(200, Element(action + "Response", Element(action + "Result", result), Metadata(requestId)));

    public static ServiceResponse Error(StsErrorException error, string requestId) => Body(
        error.StatusCode,
        Element("ErrorResponse",
            Element("Error", Element("Type", error.Sender ? "Sender" : "Receiver"), Element("Code", error.Code), Element("Message", error.Message)),
            Element("RequestId", requestId)));

    private static XElement Metadata(string requestId) => Element("ResponseMetadata", Element("RequestId", requestId));

    private static ServiceResponse Body(int status, XElement root) =>
        new(status) { ContentType = ContentType, Body = ResponseBody.FromBytes(XmlBodies.Serialize(root)) };
}
