using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace AwsLinq;

/// <summary>
/// Starts S3 queries with the application's <see cref="IAmazonS3"/> and <see cref="AwsLinqOptions"/>; inject it
/// where a class lists buckets or objects. Added by <c>services.AddAwsLinq(...).AddS3()</c>.
/// </summary>
public sealed class S3Queries : AwsQueries<IAmazonS3>
{
    internal S3Queries(IAmazonS3 client, IOptionsMonitor<AwsLinqOptions> options)
        : base(client, options)
    {
    }

    /// <inheritdoc cref="S3QueryableExtensions.Buckets(IAmazonS3)"/>
    /// <remarks>The query has the configured page size and strict mode.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The configured page size is outside <c>MaxBuckets</c>' range.</exception>
    public IAwsQueryable<S3Bucket> Buckets() => WithDefaults(Client.Buckets(), Options);

    /// <inheritdoc cref="S3QueryableExtensions.Objects(IAmazonS3, string)"/>
    /// <remarks>The query has the configured page size and strict mode.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The configured page size is outside <c>MaxKeys</c>' range.</exception>
    public IAwsQueryable<S3Object> Objects(string bucketName) => WithDefaults(Client.Objects(bucketName), Options);
}
