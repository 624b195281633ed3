using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>Query-protocol bodies the way EC2 writes them: UTF-8, the 2016-11-15 namespace, lists as <c>item</c> elements.</summary>
internal static class Ec2Xml
{
    public const string ContentType = "text/xml;charset=UTF-8";

    public static readonly XNamespace Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,

        // Tag values may hold CR and LF; escaped, they survive the parser's line-end normalization.
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = false,
    };

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

    public static byte[] Serialize(XElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Save(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>The ISO 8601 form EC2 uses: <c>2024-05-01T12:00:00.000Z</c>.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
