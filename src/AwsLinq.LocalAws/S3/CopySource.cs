namespace AwsLinq.LocalAws.S3;

/// <summary>The object an <c>x-amz-copy-source</c> header names: <c>/bucket/key</c> or <c>bucket/key</c>, URL-encoded.</summary>
internal static class CopySource
{
    public const string Header = "x-amz-copy-source";

    /// <summary>
    /// The stored source object, or the version <c>?versionId=</c> names; InvalidArgument, NoSuchBucket, NoSuchKey,
    /// NoSuchVersion, or InvalidRequest for a delete marker, as S3 answers.
    /// </summary>
    public static StoredObject Find(LocalS3 s3, S3Request request)
    {
        var header = request.Header(Header) ?? string.Empty;
        var parts = header.Split('?', 2);
        var path = parts[0];
        path = Uri.UnescapeDataString(path.StartsWith('/') ? path[1..] : path);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == path.Length - 1)
        {
            throw S3Errors.InvalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey", Header, header);
        }

        var bucketName = path[..slash];
        var key = path[(slash + 1)..];
        var bucket = s3.FindBucket(bucketName) ?? throw S3Errors.NoSuchBucket(bucketName);
        const string versionParameter = "versionId=";
        if (parts.Length < 2 || !parts[1].StartsWith(versionParameter, StringComparison.Ordinal))
        {
            return bucket.Objects.Find(key) ?? throw S3Errors.NoSuchKey(key);
        }

        var versionId = Uri.UnescapeDataString(parts[1][versionParameter.Length..]);
        if (!VersionIds.IsWellFormed(versionId))
        {
            throw S3Errors.InvalidVersionId(Header, versionId);
        }

        var version = bucket.Objects.FindVersion(key, versionId) ?? throw S3Errors.NoSuchVersion(key, versionId);
        return version.IsDeleteMarker
            ? throw S3Errors.InvalidRequest("The source of a copy request may not specifically refer to a delete marker by version id.")
            : version;
    }

    /// <summary>The bytes of the source, its zeros when it was seeded without content.</summary>
    public static byte[] Content(StoredObject source) => source.Content ?? new byte[source.Info.Size];
}
