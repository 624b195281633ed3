using AwsLinq.Benchmarks.Infrastructure;
using AwsLinq.Benchmarks.Latency;
using AwsLinq.Benchmarks.Memory;
using BenchmarkDotNet.Running;

namespace AwsLinq.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --filter '*'</c> runs the BenchmarkDotNet suites;
/// <c>dotnet run -c Release -- --memory</c> runs the live-heap probe of Count against ToList instead;
/// <c>dotnet run -c Release -- --latency</c> runs the timed listings and deletes at 50 ms per request.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains(ServerProcess.Switch, StringComparer.Ordinal))
        {
            await ServerProcess.ServeAsync(args);
            return 0;
        }

        if (args.Contains(LatencyRun.Switch, StringComparer.Ordinal))
        {
            await LatencyRun.RunAsync(args, Console.Out);
            return 0;
        }

        ServerProcess.RememberCommand();
        if (args.Contains(MemoryProbe.Switch, StringComparer.Ordinal))
        {
            await MemoryProbe.RunAsync(Console.Out);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
