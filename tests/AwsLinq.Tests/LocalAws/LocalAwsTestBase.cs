using Amazon.S3;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws;

/// <summary>A fresh server and SDK client per test, so that buckets and the request log never leak between tests.</summary>
public abstract class LocalAwsTestBase : IAsyncLifetime
{
    protected LocalAwsServer Server { get; private set; } = null!;

    protected AmazonS3Client Client { get; private set; } = null!;

    protected LocalS3 State => Server.S3;

    public virtual async Task InitializeAsync()
    {
        Server = await LocalAwsServer.StartAsync();
        Client = Server.CreateS3Client();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    protected static LocalS3Object Seeded(string key, long size = 1) =>
        new(key, size, new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
}
