using System.Diagnostics;
using System.Globalization;
using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Benchmarks.Latency;

/// <summary>
/// Listings and deletes against LocalAws with a round-trip latency, side by side with the tools a user would pick
/// instead, in one run on one endpoint: <c>dotnet run -c Release -- --latency [keys] [deleteKeys] [latencyMs]</c>.
/// Each case runs once (they take seconds to minutes); the table gives its time, the requests the endpoint served
/// and the peak memory, and the ratios are taken against the SDK's paginator in the same run. <c>--only text[,text...]</c>
/// runs the paginator and the cases whose names contain one of the texts.
/// </summary>
internal static class LatencyRun
{
    public const string Switch = "--latency";

    private const string Bucket = "latency";
    private const string DeleteBucket = "latency-delete";

    public static async Task RunAsync(string[] args, TextWriter output)
    {
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var rest = args.SkipWhile(a => a != Switch).Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var keys = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 1_000_000;
        var deleteKeys = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 100_000;
        var latency = TimeSpan.FromMilliseconds(rest.Length > 2 ? int.Parse(rest[2], CultureInfo.InvariantCulture) : 50);

        await using var server = await LocalAwsServer.StartAsync(new LocalAwsOptions { Latency = latency, Seed = 1 });
        server.S3.CreateBucket(Bucket);
        server.S3.SeedObjects(Bucket, Enumerable.Range(0, keys).Select(i => new LocalS3Object(KeyOf(i), 1024, DateTimeOffset.UnixEpoch)));
        using var s3 = server.CreateS3Client();
        output.WriteLine($"// {keys:N0} keys, {deleteKeys:N0} to delete, latency {latency.TotalMilliseconds} ms per request, endpoint {server.ServiceUrl}");
        output.WriteLine();
        output.WriteLine("| Case | Result | Time (s) | vs SDK paginator | Requests | Peak memory (MB) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");

        var rows = new List<Row>();
        bool Skipped(string name) => rows.Count > 0 && only is not null && !only.Any(text => name.Contains(text, StringComparison.OrdinalIgnoreCase));

        async Task Case(string name, Func<Task<long>> run, string operation, string bucket = Bucket)
        {
            if (Skipped(name))
            {
                return;
            }

            server.Requests.Clear();
            var row = await Measure.InProcessAsync(name, run);
            row = row with { Requests = server.Requests.For("s3", operation, bucket).Count };
            rows.Add(row);
            output.WriteLine(row.Format(rows[0].Seconds));
        }

        async Task External(string name, string file, string[] arguments, string operation, string bucket = Bucket, Action? before = null)
        {
            if (Skipped(name))
            {
                return;
            }

            before?.Invoke();
            server.Requests.Clear();
            var row = await Measure.ProcessAsync(name, file, arguments, server);
            row = row with { Requests = server.Requests.For("s3", operation, bucket).Count };
            rows.Add(row);
            output.WriteLine(row.Format(rows[0].Seconds));
        }

        await Case("SDK paginator loop (`Paginators.ListObjectsV2`)", () => SdkCountAsync(s3), "ListObjectsV2");
        await Case("AwsLinq, one page at a time (`await foreach`)", () => ForEachCountAsync(s3.Objects(Bucket).AsAsyncEnumerable()), "ListObjectsV2");
        await Case("AwsLinq `CountAsync()` (prefetch)", () => s3.Objects(Bucket).LongCountAsync(), "ListObjectsV2");
        await Case("AwsLinq `WithDegreeOfParallelism(16).CountAsync()`", () => s3.Objects(Bucket).WithDegreeOfParallelism(16).LongCountAsync(), "ListObjectsV2");
        await External("boto3 `bucket.objects.all()`", "/usr/bin/python3", ["-c", Boto3Count], "ListObjects");
        await External("`aws s3api list-objects-v2`", "/usr/bin/aws", ["--endpoint-url", server.ServiceUrl.ToString(), "s3api", "list-objects-v2", "--bucket", Bucket, "--query", "length(Contents[])", "--output", "json"], "ListObjectsV2");

        // A consumer that spends about one latency on each page.
        var pages = Math.Min(keys, 100_000);
        await Case($"consumer with {latency.TotalMilliseconds} ms of work per page, {pages:N0} keys: one page at a time", () => SlowConsumerAsync(s3.Objects(Bucket).Take(pages), latency), "ListObjectsV2");
        await Case($"the same with `WithPrefetch()`", () => SlowConsumerAsync(s3.Objects(Bucket).Take(pages).WithPrefetch(), latency), "ListObjectsV2");

        // Deletes: the same keys, seeded afresh before each.
        server.S3.CreateBucket(DeleteBucket);
        void Seed() => server.S3.SeedObjects(DeleteBucket, Enumerable.Range(0, deleteKeys).Select(i => new LocalS3Object(KeyOf(i), 1, DateTimeOffset.UnixEpoch)));
        Seed();
        await Case($"AwsLinq `DeleteAllAsync()`, {deleteKeys:N0} keys", () => DeleteAsync(s3.Objects(DeleteBucket)), "DeleteObjects", DeleteBucket);
        Seed();
        await Case($"AwsLinq `WithDegreeOfParallelism(16).DeleteAllAsync()`", () => DeleteAsync(s3.Objects(DeleteBucket).WithDegreeOfParallelism(16)), "DeleteObjects", DeleteBucket);
        await External($"`aws s3 rm --recursive`, {deleteKeys:N0} keys", "/usr/bin/aws", ["--endpoint-url", server.ServiceUrl.ToString(), "s3", "rm", "--recursive", "--quiet", $"s3://{DeleteBucket}"], "DeleteObject", DeleteBucket, Seed);
        output.WriteLine();
        output.WriteLine($"// left in {DeleteBucket}: {server.S3.ListAll(DeleteBucket).Count}");
    }

    // Keys as a data lake names them: a folder per month and day (4,000 parts a day), then a part number.
    private static string KeyOf(int i) => $"events/2026/{1 + (i / 100_000):D2}/{1 + ((i / 4_000) % 25):D2}/part-{i:D7}.parquet";

    private const string Boto3Count = """
        import os, boto3
        s3 = boto3.resource('s3', endpoint_url=os.environ['LOCALAWS_URL'])
        print(sum(1 for _ in s3.Bucket('latency').objects.all()))
        """;

    private static async Task<long> SdkCountAsync(IAmazonS3 s3)
    {
        long count = 0;
        await foreach (var page in s3.Paginators.ListObjectsV2(new ListObjectsV2Request { BucketName = Bucket }).Responses)
        {
            count += page.S3Objects?.Count ?? 0;
        }

        return count;
    }

    private static async Task<long> ForEachCountAsync(IAsyncEnumerable<S3Object> objects)
    {
        long count = 0;
        await foreach (var _ in objects)
        {
            count++;
        }

        return count;
    }

    private static async Task<long> SlowConsumerAsync(IQueryable<S3Object> objects, TimeSpan workPerPage)
    {
        long count = 0;
        await foreach (var _ in objects.AsAsyncEnumerable())
        {
            if (++count % 1000 == 0)
            {
                await Task.Delay(workPerPage);
            }
        }

        return count;
    }

    private static async Task<long> DeleteAsync(IQueryable<S3Object> objects)
    {
        var result = await objects.DeleteAllAsync();
        return result.Succeeded.Count;
    }

    private sealed record Row(string Name, string Result, double Seconds, long PeakBytes, int Requests = 0)
    {
        public string Format(double baseline) =>
            $"| {Name} | {Result} | {Seconds:F1} | {baseline / Seconds:F2}x | {Requests:N0} | {PeakBytes / 1_048_576.0:F0} |";
    }

    private static class Measure
    {
        // Peak managed heap above the heap before the case, sampled every 10 ms (the server's store is in the baseline).
        public static async Task<Row> InProcessAsync(string name, Func<Task<long>> run)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            long peak = 0;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false) - baseline);
                    await Task.Delay(10, CancellationToken.None);
                }
            });
            var watch = Stopwatch.StartNew();
            var result = await run();
            watch.Stop();
            await stop.CancelAsync();
            await sampler;
            return new Row(name, result.ToString("N0", CultureInfo.InvariantCulture), watch.Elapsed.TotalSeconds, peak);
        }

        // Time and maximum resident set size of a separate process, from GNU time.
        public static async Task<Row> ProcessAsync(string name, string file, string[] arguments, LocalAwsServer server)
        {
            var report = Path.GetTempFileName();
            var start = new ProcessStartInfo("/usr/bin/time", ["-f", "%e %M", "-o", report, file, .. arguments])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var home = Directory.CreateTempSubdirectory("awslinq-latency-").FullName;
            start.Environment["HOME"] = home;
            start.Environment["AWS_CONFIG_FILE"] = Path.Combine(home, "config");
            start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(home, "credentials");
            start.Environment["AWS_ACCESS_KEY_ID"] = "local";
            start.Environment["AWS_SECRET_ACCESS_KEY"] = "local";
            start.Environment["AWS_DEFAULT_REGION"] = server.Region;
            start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
            start.Environment["AWS_PAGER"] = string.Empty;
            start.Environment["LOCALAWS_URL"] = server.ServiceUrl.ToString();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var printed = (await stdout).Trim();
            var errors = (await stderr).Trim();
            var measured = (await File.ReadAllTextAsync(report)).Trim().Split('\n')[^1].Split(' ');
            File.Delete(report);
            Directory.Delete(home, recursive: true);
            var result = process.ExitCode == 0 ? (printed.Length > 0 ? printed : "ok") : $"exit {process.ExitCode}: {errors.Split('\n')[^1]}";
            return new Row(name, result, double.Parse(measured[0], CultureInfo.InvariantCulture), long.Parse(measured[1], CultureInfo.InvariantCulture) * 1024);
        }
    }
}
