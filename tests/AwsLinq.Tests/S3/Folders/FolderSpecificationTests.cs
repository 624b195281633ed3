using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Ec2;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.S3.Folders;

/// <summary>The folders under <c>photos/</c>, listed completely with the SDK alone.</summary>
public sealed class FolderBackend : S3CollectionBackend<S3Folder>
{
    protected override Task SeedAsync(LocalS3 s3, IAmazonS3 client)
    {
        s3.SeedObjects(Bucket, FolderSpecData.Objects);
        return Task.CompletedTask;
    }

    protected override async Task<IReadOnlyList<S3Folder>> ListAllAsync(IAmazonS3 s3)
    {
        var all = new List<S3Folder>();
        var request = new ListObjectsV2Request { BucketName = Bucket, Prefix = FolderSpecData.Parent, Delimiter = "/" };
        ListObjectsV2Response response;
        do
        {
            response = await s3.ListObjectsV2Async(request);
            all.AddRange((response.CommonPrefixes ?? []).Select(p => new S3Folder(Bucket, p, p[FolderSpecData.Parent.Length..^1])));
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);
        return all;
    }
}

/// <summary>
/// Every folder specification query through AwsLinq, with pages of three entries (objects and folders) so each query
/// crosses pages, must return what LINQ-to-Objects returns over the complete listing.
/// </summary>
public sealed class FolderSpecificationTests(FolderBackend backend) : S3CollectionSpecificationTests<S3Folder>(backend), IClassFixture<FolderBackend>
{
    public static IEnumerable<object[]> Cases => Ec2Specification.Cases(FolderQueries.All);

    protected override IReadOnlyList<SpecQuery<S3Folder>> Queries => FolderQueries.All;

    protected override int ListingCount => FolderSpecData.FolderCount;

    protected override IAwsQueryable<S3Folder> Open(IAmazonS3 s3, string bucket) => s3.Folders(bucket, FolderSpecData.Parent);
}
