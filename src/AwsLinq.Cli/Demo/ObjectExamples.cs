using Amazon.S3;

namespace AwsLinq.Cli.Demo;

/// <summary>The guide's <c>bucket.objects</c> examples: all, filter, limit and page_size.</summary>
internal static class ObjectExamples
{
    public static IEnumerable<DemoExample> Create(IAmazonS3 s3)
    {
        yield return Example.Scalar(
            "All objects in a bucket, counted",
            "sum(1 for _ in bucket.objects.all())",
            s3.Objects("my-bucket"),
            q => q.Count(),
            (q, ct) => q.CountAsync(ct)) with
        {
            Note = "Count() reads every page (S3's default of 1,000 keys each) and keeps no object in memory.",
        };

        yield return Example.List(
            "Objects under a prefix",
            "bucket.objects.filter(Prefix='photos/')",
            s3.Objects("my-bucket").Where(o => o.Key.StartsWith("photos/")),
            ItemText.Object);

        yield return Example.List(
            "The first ten objects",
            "bucket.objects.limit(10)",
            s3.Objects("my-bucket").Take(10),
            ItemText.Object) with
        {
            Note = "boto3's limit(10) stops after ten objects but still asks for a page of 1,000 keys; Take(10) sends MaxKeys=10.",
        };

        yield return Example.ForEach(
            "All objects, 100 at a time",
            "for obj in bucket.objects.page_size(100):",
            s3.Objects("my-bucket").WithPageSize(100),
            ItemText.Object) with
        {
            Note = "WithPageSize(100) sends MaxKeys=100 and follows the continuation tokens: 31 pages for 3,003 keys.",
        };

        yield return Example.Block(
            "Objects under a prefix, in every bucket",
            "for bucket in s3.buckets.all(): for obj in bucket.objects.filter(Prefix='photos/'):",
            () => s3.Objects("my-bucket").Where(o => o.Key.StartsWith("photos/")).Explain(),
            async ct =>
            {
                var lines = new List<string>();
                foreach (var bucket in await s3.Buckets().ToListAsync(ct))
                {
                    var photos = s3.Objects(bucket.BucketName).Where(o => o.Key.StartsWith("photos/"));
                    lines.Add($"{bucket.BucketName}: {await photos.CountAsync(ct)} photos");
                }

                return lines;
            }) with
        {
            Note = "The guide warns that its loop calls ListBuckets, ListObjects and HeadObject many times. "
                + "Here: one ListBuckets, then one ListObjectsV2 per bucket and 1,000 keys, and no HeadObject.",
        };
    }
}
