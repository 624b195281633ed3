using Amazon.Runtime;
using Amazon.S3;
using AwsLinq.LocalAws;

namespace AwsLinq.Benchmarks.Infrastructure;

/// <summary>
/// A local endpoint with one bucket, <c>data/000000.bin</c>... plus 1,000 keys under <c>photos/</c>, and an SDK
/// client for it with the settings of <see cref="LocalAwsServer.CreateS3Client"/>.
/// </summary>
public sealed class BenchmarkBucket : IAsyncDisposable
{
    public const string Name = "awslinq-bench";
    public const string DataPrefix = "data/";
    public const string PhotosPrefix = "photos/";
    public const int DataObjects = 100_000;
    public const int Photos = 1_000;

    private static readonly DateTimeOffset Written = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly IAsyncDisposable _host;

    private BenchmarkBucket(IAsyncDisposable host, Uri serviceUrl, LocalAwsServer? server, AmazonS3Client client)
    {
        _host = host;
        ServiceUrl = serviceUrl;
        Server = server;
        Client = client;
    }

    public Uri ServiceUrl { get; }

    /// <summary>The server with its request log, or <see langword="null"/> when it runs in another process.</summary>
    public LocalAwsServer? Server { get; }

    public AmazonS3Client Client { get; }

    /// <summary>Starts a server and seeds <paramref name="dataObjects"/> keys under <c>data/</c> and 1,000 under <c>photos/</c>.</summary>
    public static async Task<BenchmarkBucket> StartAsync(
        ServerPlacement placement, int dataObjects = DataObjects, Action<AmazonS3Config>? configure = null)
    {
        if (placement == ServerPlacement.SeparateProcess)
        {
            var child = await ServerProcess.StartAsync(dataObjects);
            return new BenchmarkBucket(child, child.ServiceUrl, null, CreateClient(child.ServiceUrl, configure));
        }

        var server = await LocalAwsServer.StartAsync();
        server.S3.CreateBucket(Name);
        server.S3.SeedObjects(Name, Seed(dataObjects));
        return new BenchmarkBucket(server, server.ServiceUrl, server, server.CreateS3Client(configure));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
    }

    // The same settings as LocalAwsServer.CreateS3Client, for a server in another process.
    private static AmazonS3Client CreateClient(Uri serviceUrl, Action<AmazonS3Config>? configure)
    {
        var config = new AmazonS3Config { ServiceURL = serviceUrl.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" };
        configure?.Invoke(config);
        return new AmazonS3Client(new BasicAWSCredentials("local", "local"), config);
    }

    private static IEnumerable<LocalS3Object> Seed(int dataObjects)
    {
        for (var i = 0; i < dataObjects; i++)
        {
            yield return new LocalS3Object($"{DataPrefix}{i:D6}.bin", 1024 + (i % 4096), Written.AddSeconds(i));
        }

        for (var i = 0; i < Photos; i++)
        {
            yield return new LocalS3Object($"{PhotosPrefix}{i:D4}.jpg", 200_000 + i, Written.AddSeconds(i));
        }
    }
}
