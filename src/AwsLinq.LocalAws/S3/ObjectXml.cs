using System.Xml.Linq;

namespace AwsLinq.LocalAws.S3;

/// <summary>The elements every object listing writes the same way.</summary>
internal static class ObjectXml
{
    public static XElement Contents(LocalS3Object item, bool encode, bool withOwner) =>
        S3Xml.Element(
            "Contents",
            S3Xml.Element("Key", S3UrlEncoding.EncodeIf(encode, item.Key)),
            S3Xml.Element("LastModified", S3Xml.Timestamp(item.LastModified)),
            S3Xml.Element("ETag", item.ETag),
            S3Xml.Element("Size", S3Xml.Number(item.Size)),
            withOwner ? Owner(item.OwnerId, item.OwnerDisplayName) : null,
            S3Xml.Element("StorageClass", item.StorageClass));

    public static XElement Owner(string id = LocalS3Object.DefaultOwnerId, string displayName = LocalS3Object.DefaultOwnerDisplayName) =>
        S3Xml.Element("Owner", S3Xml.Element("ID", id), S3Xml.Element("DisplayName", displayName));

    public static IEnumerable<XElement> CommonPrefixes(IEnumerable<string> prefixes, bool encode) =>
        prefixes.Select(p => S3Xml.Element("CommonPrefixes", S3Xml.Element("Prefix", S3UrlEncoding.EncodeIf(encode, p))));
}
