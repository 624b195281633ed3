using Amazon.S3.Model;
using AwsLinq.Benchmarks.Infrastructure;
using AwsLinq.Benchmarks.Listing;
using BenchmarkDotNet.Attributes;

namespace AwsLinq.Benchmarks;

/// <summary>
/// The first 10 of the 1,000 keys under <c>photos/</c>: AwsLinq sends MaxKeys=10; the boto3 <c>limit</c> way
/// asks for a default page of up to 1,000 keys and drops 990 of them.
/// </summary>
[Config(typeof(QuickJobConfig))]
[MemoryDiagnoser]
public class TakeBenchmarks
{
    private const int Wanted = 10;

    private BenchmarkBucket _bucket = null!;

    [Params(ServerPlacement.InProcess, ServerPlacement.SeparateProcess)]
    public ServerPlacement Server { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _bucket = await BenchmarkBucket.StartAsync(Server);
        await RequestReport.PrintAsync(_bucket, "SDK default page, stop after 10", async () => (await DefaultPageThenStop()).Count);
        await RequestReport.PrintAsync(_bucket, "AwsLinq Take(10)", async () => (await AwsLinqTake()).Count);
    }

    [GlobalCleanup]
    public Task CleanupAsync() => _bucket.DisposeAsync().AsTask();

    [Benchmark(Baseline = true, Description = "SDK: default page (1,000), stop after 10")]
    public Task<List<S3Object>> DefaultPageThenStop() =>
        SdkListing.FirstAsync(_bucket.Client, BenchmarkBucket.Name, BenchmarkBucket.PhotosPrefix, Wanted);

    [Benchmark(Description = "AwsLinq: Where(StartsWith).Take(10).ToListAsync()")]
    public Task<List<S3Object>> AwsLinqTake() =>
        _bucket.Client.Objects(BenchmarkBucket.Name).Where(o => o.Key.StartsWith("photos/")).Take(Wanted).ToListAsync();
}
