using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>Query-protocol bodies the way EC2 writes them: UTF-8, the 2016-11-15 namespace, lists as <c>item</c> elements.</summary>
internal static class Ec2Xml
{
    public const string ContentType = "text/xml;charset=UTF-8";

    public static readonly XNamespace Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/";

    /// <summary>An element in the EC2 namespace; a <see langword="null"/> child is left out, as LINQ to XML does.</summary>
    public static XElement Element(string name, params object?[] content) => new(Namespace + name, content);

    /// <summary>A list: <c>&lt;name&gt;&lt;item&gt;...&lt;/item&gt;...&lt;/name&gt;</c>, each item holding one entry's children.</summary>
    public static XElement Set(string name, IEnumerable<object?[]> items) =>
        Element(name, items.Select(children => Element("item", children)));

    /// <summary>The success body: <c>&lt;ActionResponse&gt;</c> with the request id first, then the action's elements.</summary>
    public static ServiceResponse Response(string action, string requestId, IEnumerable<XElement> content) =>
        new(200)
        {
            ContentType = ContentType,
            Body = ResponseBody.FromBytes(Serialize(Element(action + "Response", Element("requestId", requestId), content))),
        };

    public static byte[] Serialize(XElement root) => XmlBodies.Serialize(root);

    public static string Timestamp(DateTimeOffset time) => XmlBodies.Timestamp(time);

    public static string Boolean(bool value) => XmlBodies.Boolean(value);

    public static string Number(long value) => XmlBodies.Number(value);
}
