using System.Globalization;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>GET /bucket/key?attributes</c>: the attributes <c>x-amz-object-attributes</c> names (<c>ETag</c>, without quotes,
/// <c>Checksum</c>, <c>ObjectParts</c>, <c>StorageClass</c>, <c>ObjectSize</c>) of the current object or of
/// <c>versionId</c>. <c>ObjectParts</c> gives the part count of a multipart object, which its ETag records.
/// </summary>
internal sealed class GetObjectAttributesOperation(LocalS3 s3) : S3Operation(s3)
{
    private const string Header = "x-amz-object-attributes";

    private static readonly string[] Known = ["ETag", "Checksum", "ObjectParts", "StorageClass", "ObjectSize"];

    private static readonly (string Query, string Api)[] Logged = [("versionId", "VersionId")];

    public override string Name => "GetObjectAttributes";

    public override S3Route Route { get; } = S3Route.Object(HttpMethods.Get, "attributes");

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var asked = Attributes(request);
        request.Logged["ObjectAttributes"] = string.Join(',', asked);
        var item = RequireVersion(bucket, request);
        var info = item.Info;
        var response = S3Xml.Response(S3Xml.Element(
            "GetObjectAttributesResponse",
            asked.Contains("ETag") ? S3Xml.Element("ETag", info.ETag?.Trim('"')) : null,
            asked.Contains("Checksum") && item.Checksums.Count > 0 ? Checksum(item) : null,
            asked.Contains("ObjectParts") && PartCount(info.ETag) is { } parts
                ? S3Xml.Element("ObjectParts", S3Xml.Element("PartsCount", S3Xml.Number(parts)))
                : null,
            asked.Contains("StorageClass") ? S3Xml.Element("StorageClass", info.StorageClass) : null,
            asked.Contains("ObjectSize") ? S3Xml.Element("ObjectSize", S3Xml.Number(info.Size)) : null));
        response.Headers["Last-Modified"] = info.LastModified.ToString("R", CultureInfo.InvariantCulture);
        return Task.FromResult(WithVersionId(response, bucket, item));
    }

    // S3 refuses a missing header as InvalidRequest and a name it does not know as InvalidArgument.
    private static HashSet<string> Attributes(S3Request request)
    {
        var names = (request.Header(Header) ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            throw S3Errors.InvalidRequest("The x-amz-object-attributes header specifying the attributes to be retrieved is either missing or empty");
        }

        if (names.FirstOrDefault(n => !Known.Contains(n, StringComparer.Ordinal)) is { } unknown)
        {
            throw S3Errors.InvalidArgument("Invalid attribute name specified.", Header, unknown);
        }

        return names.ToHashSet(StringComparer.Ordinal);
    }

    private static System.Xml.Linq.XElement Checksum(StoredObject item) => S3Xml.Element(
        "Checksum",
        item.Checksums.Select(c => S3Xml.Element(ElementName(c.Key), c.Value)),
        S3Xml.Element("ChecksumType", "FULL_OBJECT"));

    // x-amz-checksum-crc64nvme is reported as ChecksumCRC64NVME.
    private static string ElementName(string header) => "Checksum" + header["x-amz-checksum-".Length..].ToUpperInvariant();

    private static int? PartCount(string? etag)
    {
        var dash = etag?.LastIndexOf('-') ?? -1;
        return dash > 0 && int.TryParse(etag![(dash + 1)..].TrimEnd('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
    }
}
