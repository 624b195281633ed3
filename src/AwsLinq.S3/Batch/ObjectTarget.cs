using Amazon.S3.Model;

namespace AwsLinq.S3.Batch;

/// <summary>
/// What one delete names: a key (its current object, or a delete marker in a versioned bucket) or one version of a
/// key, which then goes for good.
/// </summary>
internal readonly record struct ObjectTarget(string Key, string? VersionId)
{
    /// <summary>Gets the id a batch result reports: the key, or <c>key?versionId=id</c>.</summary>
    public string Id => VersionId is null ? Key : $"{Key}?versionId={VersionId}";

    public static ObjectTarget Latest(S3Object item) => new(item.Key, null);

    public static ObjectTarget Version(S3ObjectVersion item) => new(item.Key, item.VersionId);
}
