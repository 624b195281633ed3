using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq;

/// <summary>S3 queries over several regions at once.</summary>
public static class S3RegionalExtensions
{
    /// <summary>
    /// Starts a query over the buckets of every region of <paramref name="clients"/>, each tagged with its region: each
    /// region's client sends <c>ListBuckets</c> with <c>BucketRegion</c> set to its region (S3 lists an account's
    /// buckets of every region from any endpoint; the parameter keeps each bucket to its own region, once), and
    /// the region is checked again in memory against servers that ignore it. A predicate on <c>x.Region</c> picks the
    /// regions asked; one on <c>x.Item</c> is sent as <see cref="S3QueryableExtensions.Buckets"/> sends it.
    /// </summary>
    /// <typeparam name="TClient">The S3 client type.</typeparam>
    /// <param name="clients">One S3 client per region, from <see cref="AwsRegions.For{TClient}"/>.</param>
    /// <returns>A query over the regions' buckets, in the order of the regions, then by name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clients"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<Regional<S3Bucket>> Buckets<TClient>(this RegionalClients<TClient> clients)
        where TClient : IAmazonS3
    {
        ArgumentNullException.ThrowIfNull(clients);
        return clients.Query((region, s3) => BucketsIn(region, s3));
    }

    /// <summary>One region's buckets: S3 lists every region's buckets from each, so the region is asked for its own.</summary>
    internal static IQueryable<S3Bucket> BucketsIn(string region, IAmazonS3 s3) => s3.Buckets().Where(b => b.BucketRegion == region);
}
