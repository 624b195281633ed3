using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.S3.Uploads;

namespace AwsLinq;

/// <summary>Queries over the multipart uploads in progress in a bucket.</summary>
public static class MultipartUploadExtensions
{
    /// <summary>
    /// Starts a query over the multipart uploads in progress in a bucket (begun, neither completed nor aborted): by key
    /// in UTF-8 byte order, then by when they began. Nothing is sent until the query is enumerated; then
    /// <c>ListMultipartUploads</c> is sent with <c>Prefix</c>, <c>KeyMarker</c> and <c>MaxUploads</c> from the query's
    /// key predicates and <c>Take</c>, following <c>NextKeyMarker</c> and <c>NextUploadIdMarker</c>; other predicates,
    /// such as one on <see cref="MultipartUpload.Initiated"/>, run in memory.
    /// </summary>
    /// <remarks>
    /// Enumerate with the async operators (<c>ToListAsync</c>, <c>CountAsync</c>, <c>await foreach</c>...). The
    /// AWS SDK for .NET has only asynchronous calls, so synchronous enumeration blocks the calling thread on them.
    /// </remarks>
    /// <param name="s3">The S3 client that sends the requests.</param>
    /// <param name="bucketName">The bucket to list.</param>
    /// <returns>A query over <see cref="MultipartUpload"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s3"/> or <paramref name="bucketName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="bucketName"/> is empty or white space.</exception>
    public static IAwsQueryable<MultipartUpload> MultipartUploads(this IAmazonS3 s3, string bucketName)
    {
        ArgumentNullException.ThrowIfNull(s3);
        ArgumentException.ThrowIfNullOrWhiteSpace(bucketName);
        return new S3UploadResource(s3, bucketName).CreateQuery();
    }
}
