using System.Globalization;
using System.Xml.Linq;
using AwsLinq.LocalAws.Faults;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary><c>GET /bucket?list-type=2</c>: one page of keys and common prefixes in UTF-8 byte order.</summary>
internal sealed class ListObjectsV2Operation(LocalS3 s3) : S3Operation(s3)
{
    /// <summary>S3 never returns more than this many keys and prefixes in one page, whatever max-keys asks.</summary>
    public const int PageLimit = 1000;

    private static readonly (string Query, string Api)[] Logged =
    [
        ("prefix", "Prefix"), ("delimiter", "Delimiter"), ("max-keys", "MaxKeys"), ("start-after", "StartAfter"),
        ("continuation-token", "ContinuationToken"), ("fetch-owner", "FetchOwner"), ("encoding-type", "EncodingType"),
    ];

    public override string Name => "ListObjectsV2";

    public override S3Route Route { get; } = S3Route.Bucket(HttpMethods.Get, "list-type", "2");

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var bucket = RequireBucket(request);
        var query = ListObjectsV2Query.Parse(request);
        var endless = request.Faults.Has(LocalFault.EndlessEmptyPages);
        var page = endless
            ? new ObjectPage([], [], null, true)
            : bucket.Objects.List(query.Prefix, query.Delimiter, query.After, Math.Min(query.MaxKeys, PageLimit));
        var (truncated, next) = endless
            ? (true, ContinuationTokens.EncodeEmptyPage(query.After ?? ListCursor.Start))
            : NextToken(request, page, query.ContinuationToken);
        var contents = ListingFaults.Order(request.Faults, page.Contents);
        var encode = query.UrlEncoded;

        var root = S3Xml.Element(
            "ListBucketResult",
            S3Xml.Element("Name", bucket.Name),
            S3Xml.Element("Prefix", S3UrlEncoding.EncodeIf(encode, query.Prefix)),
            query.Delimiter is null ? null : S3Xml.Element("Delimiter", S3UrlEncoding.EncodeIf(encode, query.Delimiter)),
            S3Xml.Element("MaxKeys", query.MaxKeys.ToString(CultureInfo.InvariantCulture)),
            encode ? S3Xml.Element("EncodingType", S3UrlEncoding.Url) : null,
            S3Xml.Element("KeyCount", S3Xml.Number(page.Contents.Count + page.CommonPrefixes.Count)),
            S3Xml.Element("IsTruncated", S3Xml.Boolean(truncated)),
            query.ContinuationToken is null ? null : S3Xml.Element("ContinuationToken", query.ContinuationToken),
            next is null ? null : S3Xml.Element("NextContinuationToken", next),
            query.StartAfter is null ? null : S3Xml.Element("StartAfter", S3UrlEncoding.EncodeIf(encode, query.StartAfter)),
            contents.Select(o => ObjectXml.Contents(o, encode, query.FetchOwner)),
            ObjectXml.CommonPrefixes(page.CommonPrefixes, encode));
        return Task.FromResult(S3Xml.Response(root));
    }

    private static (bool IsTruncated, string? Token) NextToken(S3Request request, ObjectPage page, string? requestToken) =>
        ListingFaults.Next(
            request.Faults,
            page.IsTruncated && page.Last is not null,
            () => ContinuationTokens.Encode(page.Last!.Value),
            () => page.CommonPrefixes.Count == 0 && page.Contents.Count >= 2
                ? ContinuationTokens.Encode(ListCursor.AfterKey(page.Contents[^2].Key))
                : null,
            requestToken,
            () => ContinuationTokens.Encode(ListCursor.Start));
}
