namespace AwsLinq.LocalAws;

/// <summary>An object held by <see cref="LocalS3"/>, with the fields S3 reports for it in a listing.</summary>
/// <param name="Key">The object key.</param>
/// <param name="Size">The size in bytes. A seeded object needs no content: reading it returns this many zero bytes.</param>
/// <param name="LastModified">When the object was written; stored in UTC truncated to whole seconds, as S3 reports it.</param>
/// <param name="ETag">The entity tag as S3 returns it, in double quotes; <see langword="null"/> lets the store derive one.</param>
/// <param name="StorageClass">The storage class, as S3 spells it: <c>STANDARD</c>, <c>GLACIER</c>...</param>
/// <param name="OwnerId">The canonical user id of the owner, sent when a listing asks for owners.</param>
/// <param name="OwnerDisplayName">The display name of the owner, sent when a listing asks for owners.</param>
public sealed record LocalS3Object(
    string Key,
    long Size,
    DateTimeOffset LastModified,
    string? ETag = null,
    string StorageClass = "STANDARD",
    string OwnerId = LocalS3Object.DefaultOwnerId,
    string OwnerDisplayName = LocalS3Object.DefaultOwnerDisplayName)
{
    /// <summary>The canonical user id of the account the local endpoint pretends to be.</summary>
    public const string DefaultOwnerId = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a";

    /// <summary>The display name of the account the local endpoint pretends to be.</summary>
    public const string DefaultOwnerDisplayName = "local";
}
