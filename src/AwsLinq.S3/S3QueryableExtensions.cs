using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.S3.Buckets;
using AwsLinq.S3.Objects;

namespace AwsLinq;

/// <summary>Entry points for LINQ queries over Amazon S3 listings.</summary>
public static class S3QueryableExtensions
{
    /// <summary>
    /// Starts a query over the account's buckets. Nothing is sent until the query is enumerated; then
    /// <c>ListBuckets</c> is sent with <c>Prefix</c> from <c>b.BucketName.StartsWith(p)</c>, <c>BucketRegion</c>
    /// from <c>b.BucketRegion == r</c> and <c>MaxBuckets</c> from <c>Take</c> or <c>WithPageSize</c>.
    /// </summary>
    /// <remarks>
    /// Enumerate with the async operators (<c>ToListAsync</c>, <c>CountAsync</c>, <c>await foreach</c>...). The
    /// AWS SDK for .NET has only asynchronous calls, so synchronous enumeration (<c>foreach</c>, <c>ToList()</c>,
    /// <c>Count()</c>) blocks the calling thread on them.
    /// </remarks>
    /// <param name="s3">The S3 client that sends the requests.</param>
    /// <returns>A query over <see cref="S3Bucket"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s3"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<S3Bucket> Buckets(this IAmazonS3 s3)
    {
        ArgumentNullException.ThrowIfNull(s3);
        return new S3BucketResource(s3).CreateQuery();
    }

    /// <summary>
    /// Starts a query over the objects of a bucket. Nothing is sent until the query is enumerated; then
    /// <c>ListObjectsV2</c> is sent with <c>Prefix</c>, <c>StartAfter</c> and <c>MaxKeys</c> from the query's
    /// key predicates and <c>Take</c>, following continuation tokens; other predicates run in memory.
    /// Keys are listed, compared and ordered as S3 does: ordinally, in UTF-8 byte order.
    /// </summary>
    /// <remarks>
    /// Enumerate with the async operators (<c>ToListAsync</c>, <c>CountAsync</c>, <c>await foreach</c>...). The
    /// AWS SDK for .NET has only asynchronous calls, so synchronous enumeration (<c>foreach</c>, <c>ToList()</c>,
    /// <c>Count()</c>) blocks the calling thread on them.
    /// </remarks>
    /// <param name="s3">The S3 client that sends the requests.</param>
    /// <param name="bucketName">The bucket to list.</param>
    /// <returns>A query over <see cref="S3Object"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s3"/> or <paramref name="bucketName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="bucketName"/> is empty or white space.</exception>
    public static IAwsQueryable<S3Object> Objects(this IAmazonS3 s3, string bucketName)
    {
        ArgumentNullException.ThrowIfNull(s3);
        ArgumentException.ThrowIfNullOrWhiteSpace(bucketName);
        return new S3ObjectResource(s3, [bucketName]).CreateQuery();
    }

    /// <summary>
    /// Starts a query over the objects of several buckets, one bucket after the other in the order given, each
    /// bucket's in key order, as <see cref="Objects(IAmazonS3, string)"/> lists them; every object's
    /// <see cref="S3Object.BucketName"/> names its bucket. The key predicates are sent to every bucket's requests,
    /// and one that reads only <c>o.BucketName</c> picks the buckets asked. An upper bound on the key ends each
    /// bucket's listing, not the query; <c>Take</c> and <c>First</c> stop the query. With
    /// <c>WithDegreeOfParallelism</c>, the buckets are listed at once, and the items still come in this order.
    /// </summary>
    /// <remarks>
    /// The result is that of LINQ-to-Objects over the buckets' listings concatenated, so <c>OrderBy(o =&gt; o.Key)</c>
    /// sorts in memory here. A batch action calls each bucket for its own objects, and its result names each as
    /// <c>bucket/key</c>.
    /// </remarks>
    /// <param name="s3">The S3 client that sends the requests; all the buckets are asked through it.</param>
    /// <param name="bucketNames">The buckets to list, in the order their objects are returned.</param>
    /// <returns>A query over <see cref="S3Object"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s3"/> or <paramref name="bucketNames"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="bucketNames"/> is empty, or has a name that is <see langword="null"/>, empty, white space or given twice.</exception>
    public static IAwsQueryable<S3Object> Objects(this IAmazonS3 s3, IEnumerable<string> bucketNames)
    {
        ArgumentNullException.ThrowIfNull(s3);
        ArgumentNullException.ThrowIfNull(bucketNames);
        string[] names = [.. bucketNames];
        if (names.Length == 0)
        {
            throw new ArgumentException("Give at least one bucket to list.", nameof(bucketNames));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                throw new ArgumentException($"The bucket name at index {i} is {(names[i] is null ? "null" : "empty or white space")}; give the name of a bucket.", nameof(bucketNames));
            }

            if (!seen.Add(names[i]))
            {
                throw new ArgumentException($"The bucket '{names[i]}' is given twice; its objects would be listed twice. Give each bucket once.", nameof(bucketNames));
            }
        }

        return new S3ObjectResource(s3, names).CreateQuery();
    }
}
