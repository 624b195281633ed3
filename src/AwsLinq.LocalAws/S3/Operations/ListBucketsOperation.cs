using System.Globalization;
using System.Xml.Linq;
using AwsLinq.LocalAws.Faults;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>
/// <c>GET /</c>: buckets in name order. Without parameters it lists them all; with any of prefix, max-buckets,
/// continuation-token or bucket-region it pages and, as S3 does, reports each bucket's region.
/// </summary>
internal sealed class ListBucketsOperation(LocalS3 s3) : S3Operation(s3)
{
    private const int MaxBucketsLimit = 10000;

    private static readonly (string Query, string Api)[] Logged =
    [
        ("prefix", "Prefix"), ("max-buckets", "MaxBuckets"), ("continuation-token", "ContinuationToken"),
        ("bucket-region", "BucketRegion"),
    ];

    public override string Name => "ListBuckets";

    public override S3Route Route { get; } = S3Route.Service(HttpMethods.Get);

    public override IReadOnlyList<(string Query, string Api)> LoggedQuery => Logged;

    public override Task<ServiceResponse> ExecuteAsync(S3Request request)
    {
        var faults = request.Faults;
        var ignoresFilters = faults.Has(LocalFault.IgnoresBucketFilters);
        var prefix = ignoresFilters ? null : request.QueryValue("prefix");
        var region = ignoresFilters ? null : request.QueryValue("bucket-region");
        var token = request.QueryValue("continuation-token");
        var maxBuckets = ignoresFilters ? null : MaxBuckets(request.QueryValue("max-buckets"));
        var after = token is null ? null : Resume(token);
        var paged = prefix is not null || region is not null || token is not null || maxBuckets is not null;

        var matching = S3.Buckets()
            .Where(b => prefix is null || b.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Where(b => region is null || string.Equals(b.Region, region, StringComparison.Ordinal))
            .Where(b => after is null || string.CompareOrdinal(b.Name, after) > 0)
            .ToList();
        var endless = faults.Has(LocalFault.EndlessEmptyPages);
        IReadOnlyList<S3Bucket> page = endless ? [] : matching.Take(maxBuckets ?? MaxBucketsLimit).ToList();
        var next = endless
            ? ContinuationTokens.EncodeEmptyPage(ListCursor.AfterKey(after ?? string.Empty))
            : ListingFaults.Next(
                faults,
                paged && page.Count < matching.Count,
                () => ContinuationTokens.Encode(ListCursor.AfterKey(page[^1].Name)),
                () => page.Count >= 2 ? ContinuationTokens.Encode(ListCursor.AfterKey(page[^2].Name)) : null,
                token,
                () => ContinuationTokens.Encode(ListCursor.Start)).Token;

        // ListBuckets answers the next token in an element named ContinuationToken, not NextContinuationToken.
        var root = S3Xml.Element(
            "ListAllMyBucketsResult",
            S3Xml.Element("Buckets", ListingFaults.Order(faults, page).Select(b => Bucket(b, paged))),
            S3Xml.Element(
                "Owner",
                S3Xml.Element("ID", LocalS3Object.DefaultOwnerId),
                S3Xml.Element("DisplayName", LocalS3Object.DefaultOwnerDisplayName)),
            next is null ? null : S3Xml.Element("ContinuationToken", next),
            prefix is null ? null : S3Xml.Element("Prefix", prefix));
        return Task.FromResult(S3Xml.Response(root));
    }

    private static XElement Bucket(S3Bucket bucket, bool withRegion) =>
        S3Xml.Element(
            "Bucket",
            S3Xml.Element("Name", bucket.Name),
            S3Xml.Element("CreationDate", S3Xml.Timestamp(bucket.CreationDate)),
            withRegion ? S3Xml.Element("BucketRegion", bucket.Region) : null);

    private static int? MaxBuckets(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > MaxBucketsLimit)
        {
            throw S3Errors.InvalidArgument("Argument max-buckets must be an integer between 1 and 10000.", "max-buckets", text);
        }

        return value;
    }

    private static string Resume(string token) =>
        ContinuationTokens.TryDecode(token, out var cursor) && !cursor.IsCommonPrefix
            ? cursor.Value
            : throw S3Errors.InvalidArgument("The continuation token provided is incorrect", "continuation-token", token);
}
