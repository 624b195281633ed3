using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Amazon.S3;
using Amazon.S3.Model;

namespace AwsLinq.Cli.Demo;

/// <summary>
/// The guide's batch action, <c>bucket.objects.delete()</c>: first as a dry run, then for real. They come last
/// because the real one empties the bucket every other example reads.
/// </summary>
internal static class BatchExamples
{
    public static IEnumerable<DemoExample> Create(IAmazonS3 s3)
    {
        yield return Action(
            "Delete everything in my-bucket: a dry run first",
            "s3.Bucket('my-bucket').objects.delete()  # boto3 has no dry run: this one would delete",
            s3.Objects("my-bucket"),
            q => q.DeleteAllAsync(new BatchOptions { DryRun = true }, default),
            (q, ct) => q.DeleteAllAsync(new BatchOptions { DryRun = true }, ct)) with
        {
            Note = "The dry run lists the bucket exactly as the real run will and sends no DeleteObjects: "
                + "result.Succeeded holds the 3,003 keys that would go. Check them before running it for real.",
        };

        yield return Action(
            "Delete everything in my-bucket",
            "s3.Bucket('my-bucket').objects.delete()",
            s3.Objects("my-bucket"),
            q => q.DeleteAllAsync(null, default),
            (q, ct) => q.DeleteAllAsync(null, ct)) with
        {
            Note = "One DeleteObjects per 1,000 keys, each key confirmed in its answer, each sent as soon as the listing has filled a page, "
                + "so S3 answers only with the keys it refused. This erased the whole bucket, as the guide warns.",
        };
    }

    // Example.Scalar's shape for an operator that is itself asynchronous: the plan and the run are the same call.
    private static DemoExample Action(
        string title, string boto3, IAwsQueryable<S3Object> query,
        Expression<Func<IQueryable<S3Object>, Task<BatchResult>>> plan,
        Func<IQueryable<S3Object>, CancellationToken, Task<BatchResult>> run,
        [CallerArgumentExpression(nameof(query))] string code = "",
        [CallerArgumentExpression(nameof(plan))] string planCode = "",
        [CallerArgumentExpression(nameof(run))] string runCode = "") =>
        new(title, boto3, CodeText.AwaitTerminal(code, runCode), $"Explain({CodeText.Collapse(planCode)})",
            () => query.Explain(plan), async ct => DemoResult.Single(await run(query, ct)));
}
