using Amazon.S3;

namespace AwsLinq.Cli.Demo;

/// <summary>The guide's <c>s3.buckets</c> examples, and the filters <c>ListBuckets</c> takes.</summary>
internal static class BucketExamples
{
    public static IEnumerable<DemoExample> Create(IAmazonS3 s3)
    {
        yield return Example.List(
            "All buckets",
            "for bucket in s3.buckets.all():",
            s3.Buckets(),
            ItemText.Bucket) with
        {
            Note = "A ListBuckets with no parameters does not report regions; one with Prefix, BucketRegion or MaxBuckets does.",
        };

        yield return Example.List(
            "Buckets whose name starts with a prefix",
            "s3.meta.client.list_buckets(Prefix='my-')  (the collection has no filter for it)",
            s3.Buckets().Where(b => b.BucketName.StartsWith("my-")),
            ItemText.Bucket);

        yield return Example.List(
            "Buckets in one region",
            "s3.meta.client.list_buckets(BucketRegion='eu-west-1')",
            s3.Buckets().Where(b => b.BucketRegion == "eu-west-1"),
            ItemText.Bucket);

        yield return Example.List(
            "The first ten buckets",
            "for bucket in s3.buckets.limit(10):",
            s3.Buckets().Take(10),
            ItemText.Bucket) with
        {
            Note = "Take(10) becomes MaxBuckets=10. As in the guide, with fewer than 10 buckets all of them come back.",
        };
    }
}
