using System.Globalization;
using AwsLinq.Benchmarks.Infrastructure;

namespace AwsLinq.Benchmarks.Memory;

/// <summary>
/// Shows that <c>CountAsync()</c> keeps no items: the live heap sampled at each page request stays flat from
/// 10,000 to 100,000 objects, while <c>ToListAsync()</c> (which must keep them) grows with the count.
/// BenchmarkDotNet's allocation column cannot show this: it sums what was allocated, not what stayed alive.
/// The server runs in a child process, so the heap is the client's alone.
/// </summary>
internal static class MemoryProbe
{
    public const string Switch = "--memory";

    private static readonly int[] Sizes = [10_000, 100_000];

    public static async Task RunAsync(TextWriter output)
    {
        output.WriteLine("| Query over data/ | Objects | Requests | Live heap before | Peak live heap at a page request | Growth while listing | Growth with the result kept |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var size in Sizes)
        {
            using var sampler = new HeapSampler();
            await using var bucket = await BenchmarkBucket.StartAsync(ServerPlacement.SeparateProcess, size, config => config.HttpClientFactory = sampler);
            var objects = bucket.Client.Objects(BenchmarkBucket.Name).Where(o => o.Key.StartsWith("data/"));

            await Measure(output, sampler, "CountAsync()", size, async () => await objects.CountAsync());
            await Measure(output, sampler, "ToListAsync()", size, async () => await objects.ToListAsync());
        }
    }

    private static async Task Measure(TextWriter output, HeapSampler sampler, string query, int size, Func<Task<object>> run)
    {
        // The first run pays JIT, connection set-up and the SDK's caches; only the second is measured.
        await run();

        // This continuation runs on the stack of the call that completed the warm-up, whose frames still hold
        // its result; yielding starts the measured run on a clean stack, so the warm-up's items are garbage.
        await Task.Yield();
        sampler.TakeSamples();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var result = await run();
        var samples = sampler.TakeSamples();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);

        var peak = samples.Max();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| `{query}` | {size:N0} | {samples.Count} | {Mb(before)} | {Mb(peak)} | {Mb(peak - before)} | {Mb(after - before)} |"));
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:F1} MB");
}
