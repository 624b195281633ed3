using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>What the XML services (S3's REST-XML, EC2's query protocol) share: how a body is written, and the value forms.</summary>
internal static class XmlBodies
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,

        // Keys and tag values may hold CR and LF; escaped, they survive the parser's line-end normalization.
        NewLineHandling = NewLineHandling.Entitize,

        // They may also hold characters XML 1.0 cannot carry; AWS still sends them (S3 clients that care ask for encoding-type=url).
        CheckCharacters = false,
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

    /// <summary>The ISO 8601 form S3 and EC2 use in XML bodies: <c>2009-10-12T17:50:30.000Z</c>.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
