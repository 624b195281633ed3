using System.Globalization;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>The query parameters of ListObjectsV2, checked the way S3 checks them.</summary>
internal sealed record ListObjectsV2Query(
    string Prefix,
    string? Delimiter,
    int MaxKeys,
    string? StartAfter,
    string? ContinuationToken,
    ListCursor? Resume,
    bool FetchOwner,
    bool UrlEncoded)
{
    /// <summary>Where the page starts: a continuation token wins over start-after, as in S3.</summary>
    public ListCursor? After => Resume ?? (StartAfter is null ? null : ListCursor.AfterKey(StartAfter));

    public static ListObjectsV2Query Parse(S3Request request)
    {
        var maxKeysText = request.QueryValue("max-keys");
        var maxKeys = ListObjectsV2Operation.PageLimit;
        if (maxKeysText is not null
            && (!int.TryParse(maxKeysText, NumberStyles.None, CultureInfo.InvariantCulture, out maxKeys) || maxKeys < 0))
        {
            throw S3Errors.InvalidArgument("Provided max-keys not an integer or within integer range", "max-keys", maxKeysText);
        }

        var token = request.QueryValue("continuation-token");
        ListCursor? resume = null;
        if (token is not null)
        {
            if (!ContinuationTokens.TryDecode(token, out var cursor))
            {
                throw S3Errors.InvalidArgument("The continuation token provided is incorrect", "continuation-token", token);
            }

            resume = cursor;
        }

        var encoding = request.QueryValue("encoding-type");
        if (encoding is not null && !string.Equals(encoding, S3UrlEncoding.Url, StringComparison.OrdinalIgnoreCase))
        {
            throw S3Errors.InvalidArgument("Invalid Encoding Method specified in Request", "encoding-type", encoding);
        }

        var delimiter = request.QueryValue("delimiter");
        return new ListObjectsV2Query(
            request.QueryValue("prefix") ?? string.Empty,
            string.IsNullOrEmpty(delimiter) ? null : delimiter,
            maxKeys,
            request.QueryValue("start-after"),
            token,
            resume,
            string.Equals(request.QueryValue("fetch-owner"), "true", StringComparison.OrdinalIgnoreCase),
            encoding is not null);
    }
}
