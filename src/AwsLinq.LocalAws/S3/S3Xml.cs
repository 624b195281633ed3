using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.S3;

/// <summary>REST-XML bodies the way S3 writes them: UTF-8, the 2006-03-01 namespace, no indentation.</summary>
internal static class S3Xml
{
    public static readonly XNamespace Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,

        // Keys may hold CR and LF; escaped, they survive the parser's line-end normalization.
        NewLineHandling = NewLineHandling.Entitize,

        // Keys may hold characters XML 1.0 cannot carry; S3 still sends them (clients that care ask for encoding-type=url).
        CheckCharacters = false,
    };

    /// <summary>An element in the S3 namespace; a <see langword="null"/> child is left out, as LINQ to XML does.</summary>
    public static XElement Element(string name, params object?[] content) => new(Namespace + name, content);

    public static ServiceResponse Response(XElement root, int statusCode = 200) =>
        new(statusCode) { ContentType = "application/xml", Body = ResponseBody.FromBytes(Serialize(root)) };

    public static byte[] Serialize(XElement root)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, Settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Save(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>The ISO 8601 form S3 uses in XML bodies: <c>2009-10-12T17:50:30.000Z</c>.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
