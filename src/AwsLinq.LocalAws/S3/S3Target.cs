namespace AwsLinq.LocalAws.S3;

/// <summary>What the path of an S3 request addresses.</summary>
internal enum S3Target
{
    /// <summary><c>/</c>: the account, as ListBuckets does.</summary>
    Service,

    /// <summary><c>/bucket</c>.</summary>
    Bucket,

    /// <summary><c>/bucket/key</c>.</summary>
    Object,
}
