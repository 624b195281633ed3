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

        return new ListObjectsV2Query(
            request.QueryValue("prefix") ?? string.Empty,
            ListingParameters.Delimiter(request),
            ListingParameters.MaxKeys(request),
            request.QueryValue("start-after"),
            token,
            resume,
            string.Equals(request.QueryValue("fetch-owner"), "true", StringComparison.OrdinalIgnoreCase),
            ListingParameters.UrlEncoded(request));
    }
}
