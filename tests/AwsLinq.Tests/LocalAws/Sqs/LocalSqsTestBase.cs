using Amazon.SQS;
using AwsLinq.LocalAws;

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
}
