using Amazon.EC2;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Ec2;

/// <summary>
/// A seeded LocalAws for the specification of one EC2 collection, with its complete listing read by the SDK's own
/// paginator, which AwsLinq takes no part in.
/// </summary>
public abstract class Ec2SpecBackend<TItem> : IAsyncLifetime
{
    public LocalAwsServer Server { get; private set; } = null!;

    public IAmazonEC2 Client { get; private set; } = null!;

    public IReadOnlyList<TItem> Listing { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Server = await LocalAwsServer.StartAsync();
        Seed(Server.Ec2);
        Client = Server.CreateEc2Client();
        var all = new List<TItem>();
        await foreach (var item in ListAll(Client))
        {
            all.Add(item);
        }

        Listing = all;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    protected abstract void Seed(LocalEc2 ec2);

    protected abstract IAsyncEnumerable<TItem> ListAll(IAmazonEC2 ec2);
}
