using Amazon.Runtime;
using Amazon.SQS;

namespace AwsLinq.Tests.Infrastructure;

/// <summary>
/// The local-aws-sqs emulator from <c>tests/emulators</c> (npm, JSON 1.0 and query protocols), run under the same
/// Node 22 as fauxqs on 127.0.0.1 and a port the OS picks. Use it as an xunit class or collection fixture; each
/// fixture is its own process, so queues never leak between fixtures.
/// </summary>
public sealed class LocalAwsSqsServer : ISqsEmulator
{
    private readonly NodeEmulator _node = new("local-aws-sqs", "local-aws-sqs-loopback.mjs", new Dictionary<string, string> { ["LOCAL_AWS_SQS_PORT"] = "0" });

    public Uri ServiceUrl => _node.ServiceUrl ?? throw new InvalidOperationException("LocalAwsSqsServer is not started: use it as an xunit fixture.");

    /// <summary>
    /// An SQS client for the emulator: us-east-1, dummy credentials (local-aws-sqs checks no signature), no retries
    /// so that an error reaches the test at once.
    /// </summary>
    public AmazonSQSClient CreateSqsClient() =>
        new(new BasicAWSCredentials("local", "local"), new AmazonSQSConfig
        {
            ServiceURL = ServiceUrl.AbsoluteUri,
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
        });

    public Task InitializeAsync() => _node.StartAsync();

    public Task DisposeAsync() => _node.StopAsync();
}
