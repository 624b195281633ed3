using System.Text;

namespace AwsLinq.LocalAws.S3;

/// <summary>The limits S3 puts on object keys.</summary>
internal static class ObjectKeys
{
    /// <summary>S3 rejects keys longer than this many UTF-8 bytes with KeyTooLongError.</summary>
    public const int MaxUtf8Bytes = 1024;

    public static bool IsTooLong(string key) => Encoding.UTF8.GetByteCount(key) > MaxUtf8Bytes;

    public static void ThrowIfInvalid(string key, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(key, parameterName);
        if (key.Length == 0 || IsTooLong(key))
        {
            throw new ArgumentException(
                $"Object key '{key}' must be between 1 and {MaxUtf8Bytes} UTF-8 bytes long.", parameterName);
        }
    }
}
