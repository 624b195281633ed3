using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;

namespace AwsLinq.Tests.Infrastructure;

/// <summary>
/// The fauxqs S3 emulator from <c>tests/emulators</c>, run under Node 22 on 127.0.0.1 and a port
/// the OS picks. Use it as an xunit class or collection fixture.
/// </summary>
public sealed class FauxqsServer : ISqsEmulator
{
    // fauxqs loads node:sqlite, which prints an ExperimentalWarning on every start.
    private readonly NodeEmulator _node = new("fauxqs", "fauxqs-loopback.mjs", new Dictionary<string, string> { ["FAUXQS_PORT"] = "0", ["FAUXQS_LOGGER"] = "false" }, "--disable-warning=ExperimentalWarning");

    public Uri ServiceUrl => _node.ServiceUrl ?? throw new InvalidOperationException("FauxqsServer is not started: use it as an xunit fixture.");

    /// <summary>A client for the emulator: path-style, us-east-1, dummy credentials (fauxqs checks no signature).</summary>
    public AmazonS3Client CreateS3Client() =>
        new(new BasicAWSCredentials("fauxqs", "fauxqs"), new AmazonS3Config
        {
            ServiceURL = ServiceUrl.AbsoluteUri,
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
        });

    /// <summary>
    /// An SQS client for the emulator (JSON 1.0, the protocol AWSSDK.SQS 4 speaks): us-east-1, dummy credentials.
    /// fauxqs writes the Host header it was called with into queue URLs, so they name this same endpoint.
    /// </summary>
    public AmazonSQSClient CreateSqsClient() =>
        new(new BasicAWSCredentials("fauxqs", "fauxqs"), new AmazonSQSConfig
        {
            ServiceURL = ServiceUrl.AbsoluteUri,
            AuthenticationRegion = "us-east-1",
        });

    public Task InitializeAsync() => _node.StartAsync(WaitUntilHealthyAsync);

    public Task DisposeAsync() => _node.StopAsync();

    private static async Task WaitUntilHealthyAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(serviceUrl, "health"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException
                || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Not accepting connections yet, or this one attempt timed out.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }
}
