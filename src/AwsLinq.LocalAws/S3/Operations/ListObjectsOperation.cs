using System.Globalization;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>GET /bucket</c>: ListObjects (version 1), which boto3's resource collections and <c>aws s3api list-objects</c>
/// use. It resumes after <c>marker</c> (a key, or a common prefix when a delimiter is given), and, as S3 does, sends
/// <c>NextMarker</c> only when a delimiter was given; without one the client resumes after the last key. Owners are
/// always listed.
/// </summary>
internal sealed class ListObjectsOperation(LocalS3 s3) : S3Operation(s3)
{
    private static readonly (string Query, string Api)[] Logged =
    [
        ("prefix", "Prefix"), ("delimiter", "Delimiter"), ("max-keys", "MaxKeys"), ("marker", "Marker"), ("encoding-type", "EncodingType"),
    ];

    public override string Name => "ListObjects";

    public override S3Route Route { get; } = S3Route.Bucket(HttpMethods.Get);

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var prefix = request.QueryValue("prefix") ?? string.Empty;
        var delimiter = ListingParameters.Delimiter(request);
        var maxKeys = ListingParameters.MaxKeys(request);
        var encode = ListingParameters.UrlEncoded(request);
        var marker = request.QueryValue("marker");
        var page = bucket.Objects.List(prefix, delimiter, After(marker, delimiter), Math.Min(maxKeys, ListObjectsV2Operation.PageLimit));

        var root = S3Xml.Element(
            "ListBucketResult",
            S3Xml.Element("Name", bucket.Name),
            S3Xml.Element("Prefix", S3UrlEncoding.EncodeIf(encode, prefix)),
            S3Xml.Element("Marker", S3UrlEncoding.EncodeIf(encode, marker ?? string.Empty)),
            delimiter is not null && page.IsTruncated && page.Last is { } last
                ? S3Xml.Element("NextMarker", S3UrlEncoding.EncodeIf(encode, last.Value))
                : null,
            S3Xml.Element("MaxKeys", maxKeys.ToString(CultureInfo.InvariantCulture)),
            delimiter is null ? null : S3Xml.Element("Delimiter", S3UrlEncoding.EncodeIf(encode, delimiter)),
            S3Xml.Element("IsTruncated", S3Xml.Boolean(page.IsTruncated)),
            encode ? S3Xml.Element("EncodingType", S3UrlEncoding.Url) : null,
            page.Contents.Select(o => ObjectXml.Contents(o, encode, withOwner: true)),
            ObjectXml.CommonPrefixes(page.CommonPrefixes, encode));
        return Task.FromResult(S3Xml.Response(root));
    }

    // A marker that is a common prefix (it ends with the delimiter) skips every key under it, as NextMarker intends.
    private static ListCursor? After(string? marker, string? delimiter) =>
        marker is null ? null
        : delimiter is not null && marker.EndsWith(delimiter, StringComparison.Ordinal) ? ListCursor.AfterPrefix(marker)
        : ListCursor.AfterKey(marker);
}
