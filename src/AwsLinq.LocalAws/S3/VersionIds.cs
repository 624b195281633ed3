using System.Security.Cryptography;

namespace AwsLinq.LocalAws.S3;

/// <summary>Object version ids shaped like S3's: 32 URL-safe characters, or <c>null</c> for an unversioned write.</summary>
internal static class VersionIds
{
    /// <summary>The version id of an object written while versioning was never enabled, or suspended.</summary>
    public const string Null = "null";

    private const int Length = 32;

    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '.').Replace('/', '_');

    /// <summary>Whether S3 could have given the id; anything else is <c>InvalidArgument</c>, not <c>NoSuchVersion</c>.</summary>
    public static bool IsWellFormed(string id) =>
        string.Equals(id, Null, StringComparison.Ordinal)
        || (id.Length == Length && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_'));
}
