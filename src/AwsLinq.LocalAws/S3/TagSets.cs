using System.Xml.Linq;

namespace AwsLinq.LocalAws.S3;

/// <summary>
/// The <c>Tagging</c> bodies of object and bucket tagging: how they are read and checked (keys of 1 to 128 characters,
/// values of up to 256, no key twice, at most a number of tags) and written back.
/// </summary>
internal static class TagSets
{
    /// <summary>Reads and checks a <c>Tagging</c> body; MalformedXML or InvalidTag as S3 answers.</summary>
    public static Dictionary<string, string> Parse(byte[] body, int maxTags, string tooManyMessage)
    {
        var root = S3Xml.ParseBody(body);

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in root.Descendants().Where(e => e.Name.LocalName == "Tag"))
        {
            var key = tag.Elements().FirstOrDefault(e => e.Name.LocalName == "Key")?.Value ?? throw S3Errors.MalformedXml();
            var value = tag.Elements().FirstOrDefault(e => e.Name.LocalName == "Value")?.Value ?? string.Empty;
            if (key.Length is 0 or > 128 || value.Length > 256)
            {
                throw S3Errors.InvalidTag("The TagKey you have provided is too long, max 128" + (value.Length > 256 ? " (or the TagValue, max 256)" : string.Empty));
            }

            if (!tags.TryAdd(key, value))
            {
                throw S3Errors.InvalidTag("Cannot provide multiple Tags with the same key");
            }
        }

        return tags.Count > maxTags ? throw S3Errors.InvalidTag(tooManyMessage) : tags;
    }

    public static Hosting.ServiceResponse Response(IReadOnlyDictionary<string, string> tags) => S3Xml.Response(S3Xml.Element(
        "Tagging",
        S3Xml.Element("TagSet", tags.Select(t => S3Xml.Element("Tag", S3Xml.Element("Key", t.Key), S3Xml.Element("Value", t.Value))))));
}
