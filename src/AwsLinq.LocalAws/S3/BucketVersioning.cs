namespace AwsLinq.LocalAws.S3;

/// <summary>A bucket's versioning state, as PutBucketVersioning sets it: once enabled, it can only be suspended.</summary>
internal enum BucketVersioning
{
    /// <summary>Never enabled: a write replaces the object, and every object's version id is <c>null</c>.</summary>
    Unversioned,

    /// <summary>Every write and every delete without a version id adds a version with a new id.</summary>
    Enabled,

    /// <summary>Writes and deletes replace the <c>null</c> version; versions made while enabled are kept.</summary>
    Suspended,
}
