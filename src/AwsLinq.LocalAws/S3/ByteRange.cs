using System.Globalization;

namespace AwsLinq.LocalAws.S3;

/// <summary>A single <c>Range: bytes=...</c> request, resolved against an object's size as S3 does.</summary>
internal readonly record struct ByteRange(long First, long Last)
{
    public long Length => Last - First + 1;

    /// <summary>
    /// Returns the range, or <see langword="null"/> when there is none or S3 would ignore it (bad syntax,
    /// several ranges); throws InvalidRange when it starts past the end.
    /// </summary>
    public static ByteRange? Parse(string? header, long size)
    {
        if (header is null || !header.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase) || header.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        var spec = header["bytes=".Length..].Split('-', 2);
        if (spec.Length != 2)
        {
            return null;
        }

        var hasFirst = long.TryParse(spec[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first);
        var hasLast = long.TryParse(spec[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last);
        if (!hasFirst)
        {
            // A suffix range: the last N bytes.
            return !hasLast || spec[0].Length != 0 ? null
                : last == 0 || size == 0 ? throw S3Errors.InvalidRange(size)
                : new ByteRange(Math.Max(0, size - last), size - 1);
        }

        if (first >= size)
        {
            throw S3Errors.InvalidRange(size);
        }

        if (spec[1].Length == 0)
        {
            return new ByteRange(first, size - 1);
        }

        return hasLast && last >= first ? new ByteRange(first, Math.Min(last, size - 1)) : null;
    }
}
