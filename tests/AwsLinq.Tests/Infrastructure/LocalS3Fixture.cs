using Amazon.S3;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Infrastructure;

/// <summary>One LocalAws server per test class; each test makes buckets of its own and reads their requests.</summary>
public sealed class LocalS3Fixture : IAsyncLifetime
{
    private static readonly DateTimeOffset Written = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private int _buckets;

    public LocalAwsServer Server { get; private set; } = null!;

    public AmazonS3Client Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await LocalAwsServer.StartAsync();
        Client = Server.CreateS3Client();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>Creates a bucket holding <paramref name="keys"/>, each of size 10 × its position.</summary>
    public string Bucket(params string[] keys)
    {
        var name = $"bucket-{Interlocked.Increment(ref _buckets)}";
        Server.S3.CreateBucket(name);
        Server.S3.SeedObjects(name, keys.Select((key, i) => new LocalS3Object(key, 10L * i, Written)));
        return name;
    }

    public IReadOnlyList<ServedRequest> Listings(string bucket) => Server.Requests.For("s3", "ListObjectsV2", bucket);

    public static string[] Keys(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => $"{prefix}{i:D4}").ToArray();
}
