using AwsLinq.LocalAws.Faults;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>GET /bucket?versions</c>: every version and delete marker, by key in UTF-8 order and newest first within a key,
/// paged by max-keys (capped at 1,000) with key-marker and version-id-marker, as <c>NextKeyMarker</c> and
/// <c>NextVersionIdMarker</c> give them back. A delimiter rolls keys up into common prefixes. Under the faults
/// <c>truncated-without-token</c> and <c>keys-out-of-order</c> a truncated page has no markers, or its versions reversed.
/// </summary>
internal sealed class ListObjectVersionsOperation(LocalS3 s3) : S3Operation(s3)
{
    private static readonly (string Query, string Api)[] Logged =
    [
        ("prefix", "Prefix"), ("delimiter", "Delimiter"), ("max-keys", "MaxKeys"), ("key-marker", "KeyMarker"),
        ("version-id-marker", "VersionIdMarker"), ("encoding-type", "EncodingType"),
    ];

    public override string Name => "ListObjectVersions";

    public override S3Route Route { get; } = S3Route.Bucket(HttpMethods.Get, "versions");

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var prefix = request.QueryValue("prefix") ?? string.Empty;
        var delimiter = ListingParameters.Delimiter(request);
        var maxKeys = ListingParameters.MaxKeys(request);
        var encode = ListingParameters.UrlEncoded(request);
        var keyMarker = request.QueryValue("key-marker") is { Length: > 0 } key ? key : null;
        var versionIdMarker = request.QueryValue("version-id-marker") is { Length: > 0 } version ? version : null;
        if (versionIdMarker is not null && keyMarker is null)
        {
            throw S3Errors.InvalidArgument("A version-id marker cannot be specified without a key marker.", "version-id-marker", versionIdMarker);
        }

        if (versionIdMarker is not null && !VersionIds.IsWellFormed(versionIdMarker))
        {
            throw S3Errors.InvalidVersionId("version-id-marker", versionIdMarker);
        }

        var page = bucket.Objects.ListVersions(prefix, delimiter, keyMarker, versionIdMarker, Math.Min(maxKeys, ListObjectsV2Operation.PageLimit));
        var markers = !request.Faults.Has(LocalFault.TruncatedWithoutToken);
        return Task.FromResult(S3Xml.Response(S3Xml.Element(
            "ListVersionsResult",
            S3Xml.Element("Name", bucket.Name),
            S3Xml.Element("Prefix", S3UrlEncoding.EncodeIf(encode, prefix)),
            S3Xml.Element("KeyMarker", S3UrlEncoding.EncodeIf(encode, keyMarker ?? string.Empty)),
            S3Xml.Element("VersionIdMarker", versionIdMarker ?? string.Empty),
            page.NextKeyMarker is null || !markers ? null : S3Xml.Element("NextKeyMarker", S3UrlEncoding.EncodeIf(encode, page.NextKeyMarker)),
            page.NextVersionIdMarker is null || !markers ? null : S3Xml.Element("NextVersionIdMarker", page.NextVersionIdMarker),
            S3Xml.Element("MaxKeys", S3Xml.Number(maxKeys)),
            delimiter is null ? null : S3Xml.Element("Delimiter", S3UrlEncoding.EncodeIf(encode, delimiter)),
            encode ? S3Xml.Element("EncodingType", S3UrlEncoding.Url) : null,
            S3Xml.Element("IsTruncated", S3Xml.Boolean(page.IsTruncated)),
            ListingFaults.Order(request.Faults, page.Versions).Select(v => Version(v.Version, v.IsLatest, encode)),
            ObjectXml.CommonPrefixes(page.CommonPrefixes, encode))));
    }

    private static System.Xml.Linq.XElement Version(StoredObject version, bool isLatest, bool encode)
    {
        var info = version.Info;
        var common = new object[]
        {
            S3Xml.Element("Key", S3UrlEncoding.EncodeIf(encode, info.Key)),
            S3Xml.Element("VersionId", version.VersionId),
            S3Xml.Element("IsLatest", S3Xml.Boolean(isLatest)),
            S3Xml.Element("LastModified", S3Xml.Timestamp(info.LastModified)),
        };
        return version.IsDeleteMarker
            ? S3Xml.Element("DeleteMarker", common, ObjectXml.Owner(info.OwnerId, info.OwnerDisplayName))
            : S3Xml.Element(
                "Version",
                common,
                S3Xml.Element("ETag", info.ETag),
                S3Xml.Element("Size", S3Xml.Number(info.Size)),
                S3Xml.Element("StorageClass", info.StorageClass),
                ObjectXml.Owner(info.OwnerId, info.OwnerDisplayName));
    }
}
