using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>GET /bucket?uploads</c>: uploads in progress by key (UTF-8 order), then by when they began, paged by max-uploads
/// with key-marker and upload-id-marker: without an upload-id-marker the listing resumes after every upload of the
/// key-marker's key, with one after that upload of the key. A delimiter rolls keys up into common prefixes.
/// </summary>
internal sealed class ListMultipartUploadsOperation(LocalS3 s3) : S3Operation(s3)
{
    private static readonly (string Query, string Api)[] Logged =
    [
        ("prefix", "Prefix"), ("delimiter", "Delimiter"), ("max-uploads", "MaxUploads"), ("key-marker", "KeyMarker"),
        ("upload-id-marker", "UploadIdMarker"), ("encoding-type", "EncodingType"),
    ];

    public override string Name => "ListMultipartUploads";

    public override S3Route Route { get; } = S3Route.Bucket(HttpMethods.Get, "uploads");

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var prefix = request.QueryValue("prefix") ?? string.Empty;
        var delimiter = ListingParameters.Delimiter(request);
        var encode = ListingParameters.UrlEncoded(request);
        var maxUploads = MultipartRules.PageSize(request, "max-uploads");
        var keyMarker = request.QueryValue("key-marker");
        var uploadIdMarker = keyMarker is null ? null : request.QueryValue("upload-id-marker");

        var uploads = new List<MultipartUpload>();
        var prefixes = new List<string>();
        MultipartUpload? last = null;
        var truncated = false;
        foreach (var upload in bucket.Uploads.All().Where(u => u.Key.StartsWith(prefix, StringComparison.Ordinal) && IsAfter(u, keyMarker, uploadIdMarker, bucket)))
        {
            var common = CommonPrefix(upload.Key, prefix, delimiter);
            if (common is not null && prefixes.Count > 0 && prefixes[^1] == common)
            {
                continue;
            }

            if (uploads.Count + prefixes.Count == maxUploads)
            {
                truncated = true;
                break;
            }

            if (common is not null)
            {
                prefixes.Add(common);
            }
            else
            {
                uploads.Add(upload);
                last = upload;
            }
        }

        return Task.FromResult(S3Xml.Response(S3Xml.Element(
            "ListMultipartUploadsResult",
            S3Xml.Element("Bucket", bucket.Name),
            S3Xml.Element("KeyMarker", S3UrlEncoding.EncodeIf(encode, keyMarker ?? string.Empty)),
            S3Xml.Element("UploadIdMarker", uploadIdMarker ?? string.Empty),
            truncated && last is not null ? S3Xml.Element("NextKeyMarker", S3UrlEncoding.EncodeIf(encode, last.Key)) : null,
            truncated && last is not null ? S3Xml.Element("NextUploadIdMarker", last.UploadId) : null,
            S3Xml.Element("Prefix", S3UrlEncoding.EncodeIf(encode, prefix)),
            delimiter is null ? null : S3Xml.Element("Delimiter", S3UrlEncoding.EncodeIf(encode, delimiter)),
            S3Xml.Element("MaxUploads", S3Xml.Number(maxUploads)),
            encode ? S3Xml.Element("EncodingType", S3UrlEncoding.Url) : null,
            S3Xml.Element("IsTruncated", S3Xml.Boolean(truncated)),
            uploads.Select(u => S3Xml.Element(
                "Upload",
                S3Xml.Element("Key", S3UrlEncoding.EncodeIf(encode, u.Key)),
                S3Xml.Element("UploadId", u.UploadId),
                S3Xml.Element("Initiator", S3Xml.Element("ID", LocalS3Object.DefaultOwnerId), S3Xml.Element("DisplayName", LocalS3Object.DefaultOwnerDisplayName)),
                ObjectXml.Owner(),
                S3Xml.Element("StorageClass", "STANDARD"),
                S3Xml.Element("Initiated", S3Xml.Timestamp(u.Initiated)))),
            ObjectXml.CommonPrefixes(prefixes, encode))));
    }

    private static bool IsAfter(MultipartUpload upload, string? keyMarker, string? uploadIdMarker, S3Bucket bucket)
    {
        if (keyMarker is null)
        {
            return true;
        }

        var byKey = Utf8KeyComparer.Instance.Compare(upload.Key, keyMarker);
        if (byKey != 0 || uploadIdMarker is null)
        {
            return byKey > 0;
        }

        // The same key: after the marker's upload in listing order.
        var sameKey = bucket.Uploads.All().Where(u => string.Equals(u.Key, keyMarker, StringComparison.Ordinal)).ToList();
        var markerAt = sameKey.FindIndex(u => string.Equals(u.UploadId, uploadIdMarker, StringComparison.Ordinal));
        return markerAt >= 0 && sameKey.IndexOf(upload) > markerAt;
    }

    private static string? CommonPrefix(string key, string prefix, string? delimiter)
    {
        if (delimiter is null)
        {
            return null;
        }

        var at = key.IndexOf(delimiter, prefix.Length, StringComparison.Ordinal);
        return at < 0 ? null : key[..(at + delimiter.Length)];
    }
}
