using System.Text;

namespace AwsLinq.LocalAws.S3;

/// <summary>
/// The percent-encoding S3 applies to keys and prefixes in a listing when asked for <c>encoding-type=url</c>:
/// UTF-8 bytes, everything but unreserved characters and '/' escaped, so '+' and space stay distinct.
/// </summary>
internal static class S3UrlEncoding
{
    public const string Url = "url";

    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '/')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(Convert.ToHexString([b]));
            }
        }

        return builder.ToString();
    }

    public static string? EncodeIf(bool encode, string? value) => encode && value is not null ? Encode(value) : value;
}
