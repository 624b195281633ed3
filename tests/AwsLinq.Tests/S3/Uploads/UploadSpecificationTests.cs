using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Ec2;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.S3.Uploads;

/// <summary>The seeded uploads, listed completely with the SDK alone.</summary>
public sealed class UploadBackend : S3CollectionBackend<MultipartUpload>
{
    protected override Task SeedAsync(LocalS3 s3, IAmazonS3 client)
    {
        s3.SeedUploads(Bucket, UploadSpecData.Uploads);
        return Task.CompletedTask;
    }

    protected override async Task<IReadOnlyList<MultipartUpload>> ListAllAsync(IAmazonS3 s3)
    {
        var all = new List<MultipartUpload>();
        var request = new ListMultipartUploadsRequest { BucketName = Bucket };
        ListMultipartUploadsResponse response;
        do
        {
            response = await s3.ListMultipartUploadsAsync(request);
            all.AddRange(response.MultipartUploads ?? []);
            (request.KeyMarker, request.UploadIdMarker) = (response.NextKeyMarker, response.NextUploadIdMarker);
        }
        while (response.IsTruncated == true);
        return all;
    }
}

/// <summary>
/// Every upload specification query through AwsLinq, with pages of three uploads so each query crosses pages (and
/// the uploads of one key span pages), must return what LINQ-to-Objects returns over the complete listing.
/// </summary>
public sealed class UploadSpecificationTests(UploadBackend backend) : S3CollectionSpecificationTests<MultipartUpload>(backend), IClassFixture<UploadBackend>
{
    public static IEnumerable<object[]> Cases => Ec2Specification.Cases(UploadQueries.All);

    protected override IReadOnlyList<SpecQuery<MultipartUpload>> Queries => UploadQueries.All;

    protected override int ListingCount => 40;

    protected override IAwsQueryable<MultipartUpload> Open(IAmazonS3 s3, string bucket) => s3.MultipartUploads(bucket);
}
