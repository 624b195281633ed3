using System.Globalization;
using System.Security.Cryptography;

namespace AwsLinq.LocalAws.S3;

/// <summary>The limits of S3's multipart uploads and the ETag of a completed one.</summary>
internal static class MultipartRules
{
    /// <summary>Every part but the last must be at least 5 MiB.</summary>
    public const long MinPartSize = 5 * 1024 * 1024;

    public const int MaxPartNumber = 10_000;

    /// <summary>The ETag S3 gives a completed upload: the MD5 of the parts' binary MD5s, a dash, and the part count.</summary>
    public static string ETag(IReadOnlyList<UploadedPart> parts)
    {
        var digests = parts.SelectMany(p => Convert.FromHexString(p.ETag.Trim('"'))).ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"\"{Convert.ToHexStringLower(MD5.HashData(digests))}-{parts.Count}\"");
    }

    /// <summary>partNumber, 1 to 10,000, as UploadPart and UploadPartCopy require it.</summary>
    public static int PartNumber(S3Request request)
    {
        var text = request.QueryValue("partNumber");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPartNumber
            ? number
            : throw S3Errors.InvalidArgument("Part number must be an integer between 1 and 10000, inclusive", "partNumber", text ?? string.Empty);
    }

    /// <summary>A max-parts or max-uploads value: a number of zero or more, capped at 1,000; 1,000 when absent.</summary>
    public static int PageSize(S3Request request, string name)
    {
        var text = request.QueryValue(name);
        if (text is null)
        {
            return 1000;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? Math.Min(value, 1000)
            : throw S3Errors.InvalidArgument($"Provided {name} not an integer or within integer range", name, text);
    }
}
