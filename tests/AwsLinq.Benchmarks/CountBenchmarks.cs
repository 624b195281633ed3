using AwsLinq.Benchmarks.Infrastructure;
using AwsLinq.Benchmarks.Listing;
using BenchmarkDotNet.Attributes;

namespace AwsLinq.Benchmarks;

/// <summary>
/// Counting the 100,000 keys under <c>data/</c> (100 pages of 1,000): AwsLinq against the hand-written SDK loop,
/// over the same requests, and the bare HTTP floor that both pay. With the server in this process its work is in
/// every row, as in the tests; in a separate process the Allocated column is the client's alone.
/// </summary>
[Config(typeof(QuickJobConfig))]
[MemoryDiagnoser]
public class CountBenchmarks
{
    private BenchmarkBucket _bucket = null!;
    private HttpListing _http = null!;

    [Params(ServerPlacement.InProcess, ServerPlacement.SeparateProcess)]
    public ServerPlacement Server { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _bucket = await BenchmarkBucket.StartAsync(Server);
        _http = new HttpListing(_bucket.ServiceUrl);
        Console.WriteLine("// plan of the AwsLinq count:");
        Console.WriteLine(_bucket.Client.Objects(BenchmarkBucket.Name).Where(o => o.Key.StartsWith("data/")).Explain(q => q.Count()));
        await RequestReport.PrintAsync(_bucket, "SDK loop", SdkLoop);
        await RequestReport.PrintAsync(_bucket, "AwsLinq CountAsync", AwsLinqCountAsync);
        await RequestReport.PrintAsync(_bucket, "HttpClient only", HttpOnly);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http.Dispose();
        await _bucket.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "SDK loop: ListObjectsV2Async + token")]
    public Task<int> SdkLoop() => SdkListing.CountAsync(_bucket.Client, BenchmarkBucket.Name, BenchmarkBucket.DataPrefix);

    [Benchmark(Description = "AwsLinq: Where(StartsWith).CountAsync()")]
    public Task<int> AwsLinqCountAsync() =>
        _bucket.Client.Objects(BenchmarkBucket.Name).Where(o => o.Key.StartsWith("data/")).CountAsync();

    [Benchmark(Description = "HttpClient only: no signing, no XML parsing")]
    public Task<int> HttpOnly() => _http.CountAsync(BenchmarkBucket.Name, BenchmarkBucket.DataPrefix);
}
