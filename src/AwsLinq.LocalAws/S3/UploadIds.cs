using System.Security.Cryptography;

namespace AwsLinq.LocalAws.S3;

/// <summary>Upload ids shaped like S3's: long, opaque, URL-safe.</summary>
internal static class UploadIds
{
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
