using System.Globalization;
using System.Text;

namespace AwsLinq.LocalAws.S3;

/// <summary>
/// Decodes the <c>aws-chunked</c> bodies the SDK sends by default for PutObject: chunks of
/// <c>hex-size[;chunk-signature=...]\r\n data \r\n</c>, a zero-size chunk, then trailer lines such as
/// <c>x-amz-checksum-crc32:...</c> and an empty line. Signatures are not checked.
/// </summary>
internal static class AwsChunkedBody
{
    public static bool Applies(S3Request request) =>
        (request.Header("x-amz-content-sha256")?.StartsWith("STREAMING-", StringComparison.Ordinal) ?? false)
        || (request.Header("Content-Encoding")?.Contains("aws-chunked", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>Returns the payload and the trailers, by lower-case header name.</summary>
    public static (byte[] Content, Dictionary<string, string> Trailers) Decode(ReadOnlySpan<byte> body)
    {
        var content = new MemoryStream();
        var position = 0;
        while (true)
        {
            var header = ReadLine(body, ref position);
            var sizeText = header.Split(';', 2)[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size)
                || size < 0 || size > body.Length - position)
            {
                throw S3Errors.IncompleteBody();
            }

            if (size == 0)
            {
                break;
            }

            content.Write(body.Slice(position, size));
            position += size;
            if (ReadLine(body, ref position).Length != 0)
            {
                throw S3Errors.IncompleteBody();
            }
        }

        var trailers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (position < body.Length)
        {
            var line = ReadLine(body, ref position);
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                trailers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }
        }

        return (content.ToArray(), trailers);
    }

    private static string ReadLine(ReadOnlySpan<byte> body, ref int position)
    {
        var rest = body[position..];
        var end = rest.IndexOf("\r\n"u8);
        if (end < 0)
        {
            position = body.Length;
            return Encoding.ASCII.GetString(rest);
        }

        position += end + 2;
        return Encoding.ASCII.GetString(rest[..end]);
    }
}
