namespace AwsLinq;

/// <summary>
/// A folder of a bucket as the S3 console shows it: a common prefix of the keys under a prefix, up to and including the
/// first delimiter after it. S3 has no folders of its own; a folder exists while some key starts with its prefix.
/// </summary>
/// <param name="BucketName">The bucket.</param>
/// <param name="Prefix">The folder's whole prefix, ending with the delimiter, for example <c>photos/2024/</c>.</param>
/// <param name="Name">The folder's name within the listed prefix, without the delimiter, for example <c>2024</c>.</param>
public sealed record S3Folder(string BucketName, string Prefix, string Name);
