using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.S3.Versions;

namespace AwsLinq;

/// <summary>Queries over the object versions and delete markers of a bucket.</summary>
public static class ObjectVersionExtensions
{
    /// <summary>
    /// Starts a query over every version of every object in a bucket, delete markers included
    /// (<see cref="S3ObjectVersion.IsDeleteMarker"/>): by key in UTF-8 byte order, each key's versions newest first, as
    /// S3 lists them. Nothing is sent until the query is enumerated; then <c>ListObjectVersions</c> is sent with
    /// <c>Prefix</c>, <c>KeyMarker</c> and <c>MaxKeys</c> from the query's key predicates and <c>Take</c>, following
    /// <c>NextKeyMarker</c> and <c>NextVersionIdMarker</c>; other predicates, such as one on
    /// <see cref="S3ObjectVersion.IsLatest"/>, run in memory. A bucket whose versioning was never enabled lists each
    /// object once, as its <c>null</c> version.
    /// </summary>
    /// <remarks>
    /// Enumerate with the async operators (<c>ToListAsync</c>, <c>CountAsync</c>, <c>await foreach</c>...). The
    /// AWS SDK for .NET has only asynchronous calls, so synchronous enumeration blocks the calling thread on them.
    /// </remarks>
    /// <param name="s3">The S3 client that sends the requests.</param>
    /// <param name="bucketName">The bucket to list.</param>
    /// <returns>A query over <see cref="S3ObjectVersion"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s3"/> or <paramref name="bucketName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="bucketName"/> is empty or white space.</exception>
    public static IAwsQueryable<S3ObjectVersion> ObjectVersions(this IAmazonS3 s3, string bucketName)
    {
        ArgumentNullException.ThrowIfNull(s3);
        ArgumentException.ThrowIfNullOrWhiteSpace(bucketName);
        return new S3VersionResource(s3, bucketName).CreateQuery();
    }
}
