namespace AwsLinq.Benchmarks.Infrastructure;

/// <summary>
/// Prints what one run of a benchmark sent, from the server's request log: BenchmarkDotNet measures time and
/// memory, not requests, so each suite runs its cases once in its global setup and prints this.
/// </summary>
internal static class RequestReport
{
    public static async Task PrintAsync(BenchmarkBucket bucket, string label, Func<Task<int>> run)
    {
        if (bucket.Server is not { } server)
        {
            // The log lives in the other process; the client sends the same requests wherever the server runs.
            return;
        }

        server.Requests.Clear();
        var items = await run();
        var requests = server.Requests.For("s3", "ListObjectsV2", BenchmarkBucket.Name);
        var shapes = requests
            .GroupBy(r => $"Prefix={r.Parameter("Prefix") ?? "(none)"} MaxKeys={r.Parameter("MaxKeys") ?? "(none: 1000)"}")
            .Select(g => $"{g.Count()} x [{g.Key}]");
        Console.WriteLine($"// requests {label}: {items} items, {requests.Count} ListObjectsV2 requests: {string.Join(", ", shapes)}");
        server.Requests.Clear();
    }
}
