using Amazon.SQS;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Specification;

/// <summary>Seeded queues on some SQS endpoint, with the complete listing (every attribute and tag) read by the SDK alone.</summary>
public abstract class SqsSpecBackend : IAsyncLifetime
{
    public IAmazonSQS Client { get; protected set; } = null!;

    public IReadOnlyList<SqsQueue> Listing { get; private set; } = [];

    /// <summary>The dead-letter queue whose sources <see cref="Listing"/> holds, for backends seeded with one.</summary>
    public string? DeadLetterQueueUrl { get; protected set; }

    public async Task InitializeAsync()
    {
        Client = await StartAsync();
        Listing = await SeedAsync(Client);
    }

    public abstract Task DisposeAsync();

    protected abstract Task<IAmazonSQS> StartAsync();

    /// <summary>Seeds the endpoint and returns the complete listing the queries run over.</summary>
    protected virtual async Task<IReadOnlyList<SqsQueue>> SeedAsync(IAmazonSQS sqs)
    {
        await SqsSpecData.SeedAsync(sqs);
        return await SqsSpecData.CompleteListingAsync(sqs);
    }
}

public class LocalSqsSpecBackend : SqsSpecBackend
{
    private LocalAwsServer _server = null!;

    public override async Task DisposeAsync()
    {
        Client.Dispose();
        await _server.DisposeAsync();
    }

    protected override async Task<IAmazonSQS> StartAsync()
    {
        _server = await LocalAwsServer.StartAsync();
        return _server.CreateSqsClient();
    }
}

/// <summary>The spec queues on an SQS emulator from npm.</summary>
public class EmulatorSqsSpecBackend<TEmulator> : SqsSpecBackend
    where TEmulator : Infrastructure.ISqsEmulator, new()
{
    private readonly TEmulator _emulator = new();

    public override async Task DisposeAsync()
    {
        Client.Dispose();
        await _emulator.DisposeAsync();
    }

    protected override async Task<IAmazonSQS> StartAsync()
    {
        await _emulator.InitializeAsync();
        return _emulator.CreateSqsClient();
    }
}
