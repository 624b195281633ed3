using Amazon.SQS;
using AwsLinq.LocalAws;
using Microsoft.Extensions.Time.Testing;

namespace AwsLinq.Tests.LocalAws.Sqs;

/// <summary>A fresh server and SQS client per test, so that queues and the request log never leak between tests.</summary>
public abstract class LocalSqsTestBase : IAsyncLifetime
{
    protected LocalAwsServer Server { get; private set; } = null!;

    protected AmazonSQSClient Client { get; private set; } = null!;

    protected LocalSqs State => Server.Sqs;

    /// <summary>The server's options; a test class overrides them to run the server on a clock of its own.</summary>
    protected virtual LocalAwsOptions Options => new();

    public virtual async Task InitializeAsync()
    {
        Server = await LocalAwsServer.StartAsync(Options);

        // No retries: a test of an error must see the first answer, and the log must hold one request per call.
        Client = Server.CreateSqsClient(c => c.MaxErrorRetry = 0);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    protected string UrlOf(string name) => $"{Server.ServiceUrl}{LocalSqs.AccountId}/{name}";

    protected IReadOnlyList<ServedRequest> Logged(string operation) => Server.Requests.For("sqs", operation);

    /// <summary>The queue's visible and in-flight message counts, read with the SDK.</summary>
    protected async Task<(int Visible, int NotVisible)> VisibleAndInFlight(string url)
    {
        var counts = await Client.GetQueueAttributesAsync(url, ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]);
        return (counts.ApproximateNumberOfMessages, counts.ApproximateNumberOfMessagesNotVisible);
    }
}

/// <summary>A server on a clock that moves only when the test advances it, so that no wait ends by itself.</summary>
public abstract class LocalSqsFakeClockTestBase : LocalSqsTestBase
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    protected override LocalAwsOptions Options => new() { TimeProvider = Clock };
}
