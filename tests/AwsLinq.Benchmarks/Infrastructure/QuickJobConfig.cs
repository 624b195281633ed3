using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace AwsLinq.Benchmarks.Infrastructure;

/// <summary>
/// BenchmarkDotNet's ShortRun (one launch, three warm-ups) with 10 measured iterations instead of 3: the whole
/// suite stays within a few minutes on two shared cores, with error bars narrow enough to read.
/// </summary>
public sealed class QuickJobConfig : ManualConfig
{
    public QuickJobConfig() => AddJob(Job.ShortRun.WithIterationCount(10).WithId("Quick"));
}
