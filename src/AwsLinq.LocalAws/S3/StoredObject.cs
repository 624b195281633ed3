using System.Collections.Frozen;
using System.Security.Cryptography;

namespace AwsLinq.LocalAws.S3;

/// <summary>An object as the store keeps it: what a listing shows plus what GetObject sends back.</summary>
/// <param name="Info">The listing fields, normalized as S3 reports them.</param>
/// <param name="Content">The bytes, or <see langword="null"/> for a seeded object, which reads as <c>Size</c> zero bytes.</param>
/// <param name="ContentType">The Content-Type to send back.</param>
/// <param name="ContentEncoding">The Content-Encoding the writer asked for, without <c>aws-chunked</c>.</param>
/// <param name="Metadata">User metadata, by full header name (<c>x-amz-meta-...</c>).</param>
/// <param name="Checksums">Flexible checksums the writer sent, by header name (<c>x-amz-checksum-crc32</c>...).</param>
internal sealed record StoredObject(
    LocalS3Object Info,
    byte[]? Content,
    string ContentType,
    string? ContentEncoding,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyDictionary<string, string> Checksums)
{
    public const string DefaultContentType = "binary/octet-stream";

    /// <summary>The object's tags, by key; GetObjectTagging lists them, a new write or copy sets them again.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>The version id: <c>null</c> unless written while the bucket's versioning was enabled.</summary>
    public string VersionId { get; init; } = VersionIds.Null;

    /// <summary>Whether this version is a delete marker: a version without content that hides the older ones.</summary>
    public bool IsDeleteMarker { get; init; }

    public string Key => Info.Key;

    /// <summary>The delete marker a delete without a version id leaves in a versioned bucket.</summary>
    public static StoredObject DeleteMarker(string key, string versionId, DateTimeOffset now) =>
        new(new LocalS3Object(key, 0, Truncate(now), string.Empty), null, DefaultContentType, null,
            FrozenDictionary<string, string>.Empty, FrozenDictionary<string, string>.Empty)
        {
            VersionId = versionId,
            IsDeleteMarker = true,
        };

    public static StoredObject Seeded(LocalS3Object info) =>
        new(Normalize(info), null, DefaultContentType, null, FrozenDictionary<string, string>.Empty, FrozenDictionary<string, string>.Empty);

    public static StoredObject Written(string key, byte[] content, DateTimeOffset now) =>
        new(new LocalS3Object(key, content.Length, Truncate(now), QuotedMd5(content)), content, DefaultContentType, null,
            FrozenDictionary<string, string>.Empty, FrozenDictionary<string, string>.Empty);

    public static string QuotedMd5(ReadOnlySpan<byte> content) =>
        $"\"{Convert.ToHexStringLower(MD5.HashData(content))}\"";

    public static DateTimeOffset Truncate(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    private static LocalS3Object Normalize(LocalS3Object info) => info with
    {
        LastModified = Truncate(info.LastModified),
        ETag = info.ETag ?? DerivedETags.ForKey(info.Key),
    };
}

