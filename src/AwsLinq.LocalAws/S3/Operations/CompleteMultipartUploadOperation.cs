using System.Globalization;
using System.Xml.Linq;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>POST /bucket/key?uploadId=...</c>: joins the listed parts, in ascending part order, into the object, whose ETag
/// is S3's multipart ETag. Every listed part must exist with the ETag given, and all but the last be at least 5 MiB.
/// </summary>
internal sealed class CompleteMultipartUploadOperation(LocalS3 s3) : S3Operation(s3)
{
    private static readonly (string Query, string Api)[] Logged = [("uploadId", "UploadId")];

    public override string Name => "CompleteMultipartUpload";

    public override S3Route Route { get; } = S3Route.Object(HttpMethods.Post, "uploadId");

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override async Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var upload = RequireUpload(bucket, request);
        var listed = Parse(await request.ReadBodyAsync().ConfigureAwait(false));
        request.Logged["PartCount"] = listed.Count.ToString(CultureInfo.InvariantCulture);
        var parts = new List<UploadedPart>(listed.Count);
        for (var i = 0; i < listed.Count; i++)
        {
            var (number, etag) = listed[i];
            if (i > 0 && number <= listed[i - 1].PartNumber)
            {
                throw S3Errors.InvalidPartOrder(upload.UploadId);
            }

            var part = upload.Find(number);
            if (part is null || !string.Equals(part.ETag.Trim('"'), etag.Trim('"'), StringComparison.OrdinalIgnoreCase))
            {
                throw S3Errors.InvalidPart(upload.UploadId, number, etag);
            }

            parts.Add(part);
        }

        if (parts.SkipLast(1).FirstOrDefault(p => p.Content.Length < MultipartRules.MinPartSize) is { } small)
        {
            throw S3Errors.EntityTooSmall(small.Content.Length, small.PartNumber, small.ETag);
        }

        var content = parts.SelectMany(p => p.Content).ToArray();
        var etagOfAll = MultipartRules.ETag(parts);
        var info = new LocalS3Object(upload.Key, content.Length, StoredObject.Truncate(S3.Now), etagOfAll);
        var written = bucket.Objects.Write(
            new StoredObject(info, content, upload.ContentType, upload.ContentEncoding, upload.Metadata, new Dictionary<string, string>()),
            bucket.Versioning);
        bucket.Uploads.Remove(upload);
        return WithVersionId(S3Xml.Response(S3Xml.Element(
            "CompleteMultipartUploadResult",
            S3Xml.Element("Location", $"{request.Context.Request.Scheme}://{request.Context.Request.Host}/{bucket.Name}/{Uri.EscapeDataString(upload.Key)}"),
            S3Xml.Element("Bucket", bucket.Name),
            S3Xml.Element("Key", upload.Key),
            S3Xml.Element("ETag", etagOfAll))), bucket, written);
    }

    private static List<(int PartNumber, string ETag)> Parse(byte[] body)
    {
        var root = S3Xml.ParseBody(body);

        var parts = root.Elements().Where(e => e.Name.LocalName == "Part").Select(p =>
        {
            var number = Child(p, "PartNumber");
            var etag = Child(p, "ETag");
            return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && etag is not null
                ? (n, etag)
                : throw S3Errors.MalformedXml();
        }).ToList();
        return root.Name.LocalName == "CompleteMultipartUpload" && parts.Count > 0 ? parts : throw S3Errors.MalformedXml();
    }

    private static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim();
}
