using Amazon.S3;

namespace AwsLinq.Cli.Demo;

/// <summary>Queries boto3 cannot write as one collection call: what goes to S3, and what stays in memory.</summary>
internal static class PushdownExamples
{
    public static IEnumerable<DemoExample> Create(IAmazonS3 s3)
    {
        yield return Example.List(
            "A prefix sent to S3, a size filtered in memory",
            "[o for o in bucket.objects.filter(Prefix='photos/') if o.size > 1_000_000][:10]",
            s3.Objects("my-bucket")
                .Where(o => o.Key.StartsWith("photos/") && o.Size > 1_000_000)
                .Take(10),
            ItemText.Object) with
        {
            Note = "S3 cannot filter by size, so no MaxKeys is sent: the listing reads pages until ten objects match.",
        };

        yield return Example.List(
            "Ordering by key is the listing order",
            "sorted(bucket.objects.filter(Prefix='docs/'), key=lambda o: o.key)[:3]",
            s3.Objects("my-bucket")
                .Where(o => o.Key.StartsWith("docs/"))
                .OrderBy(o => o.Key)
                .Take(3),
            ItemText.Object) with
        {
            Note = "S3 lists keys in ascending UTF-8 byte order, so OrderBy(o => o.Key) needs no sort and Take(3) still sends MaxKeys=3.",
        };

        yield return Example.List(
            "Two prefixes ORed",
            "two filter(Prefix=...) calls, one after the other",
            s3.Objects("my-bucket")
                .Where(o => o.Key.StartsWith("docs/api/") || o.Key.StartsWith("videos/")),
            ItemText.Object);

        yield return Example.List(
            "One key",
            "bucket.Object('docs/readme.txt').load()  (a HeadObject)",
            s3.Objects("my-bucket").Where(o => o.Key == "docs/readme.txt"),
            ItemText.Object) with
        {
            Note = "The key is sent as the Prefix with MaxKeys=1: it sorts before every longer key that starts with it.",
        };

        yield return Example.Scalar(
            "Whether any object has a prefix",
            "any(True for _ in bucket.objects.filter(Prefix='videos/').limit(1))",
            s3.Objects("my-bucket"),
            q => q.Any(o => o.Key.StartsWith("videos/")),
            (q, ct) => q.AnyAsync(o => o.Key.StartsWith("videos/"), ct));

        yield return Example.ForEach(
            "Query syntax",
            "[o.key for o in bucket.objects.filter(Prefix='logs/2024-01-1') if o.storage_class == 'STANDARD_IA']",
            from o in s3.Objects("my-bucket")
            where o.Key.StartsWith("logs/2024-01-1") && o.StorageClass == S3StorageClass.StandardInfrequentAccess
            select o.Key,
            key => key);

        yield return Example.Throws<InvalidOperationException, Amazon.S3.Model.S3Object>(
            "Strict mode: refuse to filter in memory",
            "(no equivalent)",
            s3.Objects("my-bucket")
                .ServerSideOnly()
                .Where(o => o.Key.StartsWith("videos/") && o.Size > 4_000_000_000));

        yield return Example.Throws<NotSupportedException, Amazon.S3.Model.S3Object>(
            "An operator AwsLinq does not run",
            "list(bucket.objects.filter(Prefix='logs/'))[-2:]",
            s3.Objects("my-bucket").Where(o => o.Key.StartsWith("logs/")).TakeLast(2));

        yield return Example.Block(
            "The same operator, in memory after AsAsyncEnumerable()",
            "list(bucket.objects.filter(Prefix='logs/'))[-2:]",
            () => s3.Objects("my-bucket").Where(o => o.Key.StartsWith("logs/")).Explain(),
            async ct =>
            {
                var last = await s3.Objects("my-bucket")
                    .Where(o => o.Key.StartsWith("logs/"))
                    .AsAsyncEnumerable()
                    .TakeLast(2)
                    .ToListAsync(ct);
                return last.Select(ItemText.Object);
            });
    }
}
