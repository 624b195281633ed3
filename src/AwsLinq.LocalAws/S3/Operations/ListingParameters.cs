using System.Globalization;

namespace AwsLinq.LocalAws.S3.Operations;

/// <summary>The query parameters every object listing checks the same way.</summary>
internal static class ListingParameters
{
    /// <summary>max-keys, as both listings check it: a number of zero or more, 1,000 when absent.</summary>
    public static int MaxKeys(S3Request request)
    {
        var text = request.QueryValue("max-keys");
        var maxKeys = ListObjectsV2Operation.PageLimit;
        if (text is not null
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out maxKeys) || maxKeys < 0))
        {
            throw S3Errors.InvalidArgument("Provided max-keys not an integer or within integer range", "max-keys", text);
        }

        return maxKeys;
    }

    /// <summary>encoding-type, as every listing checks it: absent, or <c>url</c>.</summary>
    public static bool UrlEncoded(S3Request request)
    {
        var encoding = request.QueryValue("encoding-type");
        if (encoding is not null && !string.Equals(encoding, S3UrlEncoding.Url, StringComparison.OrdinalIgnoreCase))
        {
            throw S3Errors.InvalidArgument("Invalid Encoding Method specified in Request", "encoding-type", encoding);
        }

        return encoding is not null;
    }

    /// <summary>The delimiter; an empty one rolls nothing up.</summary>
    public static string? Delimiter(S3Request request) =>
        request.QueryValue("delimiter") is { Length: > 0 } delimiter ? delimiter : null;
}
