using Amazon.S3;
using AwsLinq.S3.Folders;

namespace AwsLinq;

/// <summary>Queries over the folders of a bucket, as the S3 console shows them.</summary>
public static class FolderExtensions
{
    /// <summary>
    /// Starts a query over the folders directly under <paramref name="prefix"/>: the common prefixes of the keys that
    /// start with it, up to the first <paramref name="delimiter"/> after it, in UTF-8 byte order. Nothing is sent until
    /// the query is enumerated; then <c>ListObjectsV2</c> is sent with <c>Delimiter</c>, a <c>Prefix</c> that
    /// <c>StartsWith</c> and <c>==</c> on the folder's <c>Prefix</c> or <c>Name</c> lengthen, <c>StartAfter</c> from lower
    /// bounds on <c>Prefix</c> and <c>MaxKeys</c> from <c>Take</c> (it counts the objects directly under the prefix too,
    /// which are not folders and are passed over).
    /// </summary>
    /// <remarks>
    /// Enumerate with the async operators (<c>ToListAsync</c>, <c>CountAsync</c>, <c>await foreach</c>...). The
    /// AWS SDK for .NET has only asynchronous calls, so synchronous enumeration blocks the calling thread on them.
    /// </remarks>
    /// <param name="s3">The S3 client that sends the requests.</param>
    /// <param name="bucketName">The bucket to list.</param>
    /// <param name="prefix">The prefix whose folders are listed, usually ending with the delimiter (<c>photos/</c>); empty for the bucket's top level.</param>
    /// <param name="delimiter">What separates folders in keys.</param>
    /// <returns>A query over <see cref="S3Folder"/> items.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="bucketName"/> is empty or white space, or <paramref name="delimiter"/> is empty.</exception>
    public static IAwsQueryable<S3Folder> Folders(this IAmazonS3 s3, string bucketName, string prefix = "", string delimiter = "/")
    {
        ArgumentNullException.ThrowIfNull(s3);
        ArgumentException.ThrowIfNullOrWhiteSpace(bucketName);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentException.ThrowIfNullOrEmpty(delimiter);
        return new S3FolderResource(s3, bucketName, prefix, delimiter).CreateQuery();
    }
}
