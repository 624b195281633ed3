using System.Linq.Expressions;
using Amazon.S3;
using Amazon.S3.Model;
using AwsLinq.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;

namespace AwsLinq.Benchmarks;

/// <summary>
/// What a query costs before its first request: building the expression tree (which any LINQ query pays), then
/// AwsLinq's parse and plan through <c>Explain()</c>, which every execution repeats. Nothing is sent. One query
/// leaves a predicate to evaluate in memory, the other pushes everything down.
/// </summary>
[Config(typeof(QuickJobConfig))]
[MemoryDiagnoser]
public class ExplainBenchmarks
{
    private BenchmarkBucket _bucket = null!;
    private IAmazonS3 _s3 = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _bucket = await BenchmarkBucket.StartAsync(ServerPlacement.InProcess, dataObjects: 0);
        _s3 = _bucket.Client;
        Console.WriteLine("// plan of the query with a predicate in memory:");
        Console.WriteLine(Explain().ToString());
        Console.WriteLine("// plan of the query pushed down entirely:");
        Console.WriteLine(ExplainPushedDown().ToString());
        Console.WriteLine($"// requests sent by Explain(): {_bucket.Server!.Requests.Snapshot().Count}");
    }

    [GlobalCleanup]
    public Task CleanupAsync() => _bucket.DisposeAsync().AsTask();

    [Benchmark(Baseline = true, Description = "Build the query (expression tree only)")]
    public Expression Build() => WithPredicateInMemory().Expression;

    [Benchmark(Description = "Build + Explain(): Size > 100000 in memory")]
    public QueryExplanation Explain() => WithPredicateInMemory().Explain();

    [Benchmark(Description = "Build + Explain().ToString()")]
    public string ExplainAndRender() => WithPredicateInMemory().Explain().ToString();

    [Benchmark(Description = "Build + Explain(): all pushed down (the Take(10) query)")]
    public QueryExplanation ExplainPushedDown() =>
        _s3.Objects(BenchmarkBucket.Name).Where(o => o.Key.StartsWith("photos/")).Take(10).Explain();

    private IAwsQueryable<S3Object> WithPredicateInMemory() =>
        _s3.Objects(BenchmarkBucket.Name)
            .Where(o => o.Key.StartsWith("photos/") && o.Size > 100_000)
            .OrderBy(o => o.Key)
            .Take(10);
}
