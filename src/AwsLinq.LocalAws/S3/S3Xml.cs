using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.S3;

/// <summary>REST-XML bodies the way S3 writes them: UTF-8, the 2006-03-01 namespace, no indentation.</summary>
internal static class S3Xml
{
    public static readonly XNamespace Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

    /// <summary>An element in the S3 namespace; a <see langword="null"/> child is left out, as LINQ to XML does.</summary>
    public static XElement Element(string name, params object?[] content) => new(Namespace + name, content);

    /// <summary>Reads a request body as XML; MalformedXML, as S3 answers, when it does not parse.</summary>
    public static XElement ParseBody(byte[] body)
    {
        try
        {
            using var stream = new MemoryStream(body);
            return XElement.Load(stream);
        }
        catch (System.Xml.XmlException)
        {
            throw S3Errors.MalformedXml();
        }
    }

    public static ServiceResponse Response(XElement root, int statusCode = 200) =>
        new(statusCode) { ContentType = "application/xml", Body = ResponseBody.FromBytes(Serialize(root)) };

    public static byte[] Serialize(XElement root) => XmlBodies.Serialize(root);

    public static string Timestamp(DateTimeOffset time) => XmlBodies.Timestamp(time);

    public static string Boolean(bool value) => XmlBodies.Boolean(value);

    public static string Number(long value) => XmlBodies.Number(value);
}
