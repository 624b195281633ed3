using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Ec2;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.S3.Versions;

/// <summary>The seeded history, written over HTTP and listed completely with the SDK alone.</summary>
public sealed class VersionBackend : S3CollectionBackend<S3ObjectVersion>
{
    protected override Task SeedAsync(LocalS3 s3, IAmazonS3 client) =>
        VersionWrites.WriteAsync(client, Bucket, VersionSpecData.Unversioned, VersionSpecData.Steps);

    protected override Task<IReadOnlyList<S3ObjectVersion>> ListAllAsync(IAmazonS3 s3) => VersionWrites.ListAllAsync(s3, Bucket);
}

/// <summary>
/// Every version specification query through AwsLinq, with pages of three versions so each query crosses pages (and
/// the versions of one key span pages), must return what LINQ-to-Objects returns over the complete listing.
/// </summary>
public sealed class VersionSpecificationTests(VersionBackend backend) : S3CollectionSpecificationTests<S3ObjectVersion>(backend), IClassFixture<VersionBackend>
{
    public static IEnumerable<object[]> Cases => Ec2Specification.Cases(VersionQueries.All);

    protected override IReadOnlyList<SpecQuery<S3ObjectVersion>> Queries => VersionQueries.All;

    protected override int ListingCount => VersionSpecData.VersionCount;

    protected override IAwsQueryable<S3ObjectVersion> Open(IAmazonS3 s3, string bucket) => s3.ObjectVersions(bucket);
}
