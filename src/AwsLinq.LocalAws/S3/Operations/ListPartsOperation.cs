using System.Globalization;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary><c>GET /bucket/key?uploadId=...</c>: the parts of an upload in part order, paged by max-parts and part-number-marker.</summary>
internal sealed class ListPartsOperation(LocalS3 s3) : S3Operation(s3)
{
    private static readonly (string Query, string Api)[] Logged =
        [("uploadId", "UploadId"), ("max-parts", "MaxParts"), ("part-number-marker", "PartNumberMarker")];

    public override string Name => "ListParts";

    public override S3Route Route { get; } = S3Route.Object(HttpMethods.Get, "uploadId");

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var upload = RequireUpload(bucket, request);
        var maxParts = MultipartRules.PageSize(request, "max-parts");
        var markerText = request.QueryValue("part-number-marker");
        var marker = 0;
        if (markerText is not null && !int.TryParse(markerText, NumberStyles.None, CultureInfo.InvariantCulture, out marker))
        {
            throw S3Errors.InvalidArgument("Provided part-number-marker not an integer or within integer range", "part-number-marker", markerText);
        }

        var after = upload.Parts().Where(p => p.PartNumber > marker).ToList();
        var page = after.Take(maxParts).ToList();
        var truncated = page.Count < after.Count;
        return Task.FromResult(S3Xml.Response(S3Xml.Element(
            "ListPartsResult",
            S3Xml.Element("Bucket", bucket.Name),
            S3Xml.Element("Key", upload.Key),
            S3Xml.Element("UploadId", upload.UploadId),
            S3Xml.Element("Initiator", S3Xml.Element("ID", LocalS3Object.DefaultOwnerId), S3Xml.Element("DisplayName", LocalS3Object.DefaultOwnerDisplayName)),
            ObjectXml.Owner(),
            S3Xml.Element("StorageClass", "STANDARD"),
            S3Xml.Element("PartNumberMarker", S3Xml.Number(marker)),
            page.Count > 0 ? S3Xml.Element("NextPartNumberMarker", S3Xml.Number(page[^1].PartNumber)) : null,
            S3Xml.Element("MaxParts", S3Xml.Number(maxParts)),
            S3Xml.Element("IsTruncated", S3Xml.Boolean(truncated)),
            page.Select(p => S3Xml.Element(
                "Part",
                S3Xml.Element("PartNumber", S3Xml.Number(p.PartNumber)),
                S3Xml.Element("LastModified", S3Xml.Timestamp(p.LastModified)),
                S3Xml.Element("ETag", p.ETag),
                S3Xml.Element("Size", S3Xml.Number(p.Content.Length)))))));
    }
}
