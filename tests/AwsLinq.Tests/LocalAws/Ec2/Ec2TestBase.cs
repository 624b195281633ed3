using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.LocalAws.Ec2;

/// <summary>A fresh server and EC2 client per test, so that instances and the request log never leak between tests.</summary>
public abstract class Ec2TestBase : IAsyncLifetime
{
    protected static readonly DateTimeOffset Launched = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    protected LocalAwsServer Server { get; private set; } = null!;

    protected AmazonEC2Client Client { get; private set; } = null!;

    protected LocalEc2 State => Server.Ec2;

    public virtual async Task InitializeAsync()
    {
        Server = await LocalAwsServer.StartAsync();
        Client = Server.CreateEc2Client();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>Seeds one reservation per instance.</summary>
    protected IReadOnlyList<string> SeedEach(params LocalEc2Instance[] instances) =>
        State.Seed(instances.Select(i => (IReadOnlyList<LocalEc2Instance>)[i]));

    /// <summary>Follows NextToken to the end and returns the instances in the order the pages held them.</summary>
    protected async Task<List<Instance>> DescribeAllAsync(DescribeInstancesRequest request)
    {
        var instances = new List<Instance>();
        do
        {
            var page = await Client.DescribeInstancesAsync(request);
            instances.AddRange((page.Reservations ?? []).SelectMany(r => r.Instances ?? []));
            request.NextToken = page.NextToken;
        }
        while (request.NextToken is not null);

        return instances;
    }

    protected async Task<List<string>> IdsMatchingAsync(params Filter[] filters) =>
        (await DescribeAllAsync(new DescribeInstancesRequest { Filters = [.. filters] })).Select(i => i.InstanceId).ToList();

    protected static Filter Filter(string name, params string[] values) => new(name, [.. values]);

    protected static async Task<AmazonEC2Exception> FailureOf(Func<Task> call)
    {
        var thrown = await call.Should().ThrowAsync<AmazonEC2Exception>();
        return thrown.Which;
    }
}
