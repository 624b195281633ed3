using System.Xml;
using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>GET</c>, <c>PUT</c> and <c>DELETE /bucket/key?tagging</c>: an object's tag set, which the AWS CLI reads to copy
/// tags along with a large object. At most 10 tags, keys of 1 to 128 and values of up to 256 characters, as S3 allows.
/// </summary>
internal sealed class ObjectTaggingOperation(LocalS3 s3, string method) : S3Operation(s3)
{
    private const int MaxTags = 10;

    public override string Name => method switch
    {
        _ when HttpMethods.IsGet(method) => "GetObjectTagging",
        _ when HttpMethods.IsPut(method) => "PutObjectTagging",
        _ => "DeleteObjectTagging",
    };

    public override S3Route Route { get; } = S3Route.Object(method, "tagging");

    public override async Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var item = RequireVersion(bucket, request);
        if (HttpMethods.IsGet(method))
        {
            return WithVersionId(
                S3Xml.Response(S3Xml.Element(
                    "Tagging",
                    S3Xml.Element("TagSet", item.Tags.Select(t => S3Xml.Element("Tag", S3Xml.Element("Key", t.Key), S3Xml.Element("Value", t.Value)))))),
                bucket,
                item);
        }

        var tags = HttpMethods.IsPut(method) ? Parse(await request.ReadBodyAsync().ConfigureAwait(false)) : new Dictionary<string, string>();
        bucket.Objects.Replace(item, item with { Tags = tags });
        return WithVersionId(new ServiceResponse(HttpMethods.IsPut(method) ? 200 : 204), bucket, item);
    }

    /// <summary>Reads and checks a <c>Tagging</c> body, as PutObjectTagging and the <c>x-amz-tagging</c> rules have it.</summary>
    private static Dictionary<string, string> Parse(byte[] body)
    {
        XElement root;
        try
        {
            using var stream = new MemoryStream(body);
            root = XElement.Load(stream);
        }
        catch (XmlException)
        {
            throw S3Errors.MalformedXml();
        }

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

        return tags.Count > MaxTags ? throw S3Errors.InvalidTag("Object tags cannot be greater than 10") : tags;
    }
}
