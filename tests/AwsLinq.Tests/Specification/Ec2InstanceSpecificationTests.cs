using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.LocalAws;

namespace AwsLinq.Tests.Specification;

/// <summary>The seeded fleet on LocalAws, with its complete listing read by plain SDK paging.</summary>
public sealed class Ec2FleetBackend : IAsyncLifetime
{
    public LocalAwsServer Server { get; private set; } = null!;

    public IAmazonEC2 Client { get; private set; } = null!;

    public IReadOnlyList<Instance> Listing { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Server = await LocalAwsServer.StartAsync();
        Server.Ec2.Seed(Ec2FleetData.Reservations);
        Client = Server.CreateEc2Client();
        Listing = await CompleteListingAsync(Client);
    }

    /// <summary>Every instance, read by plain SDK paging: the oracle's input.</summary>
    internal static async Task<IReadOnlyList<Instance>> CompleteListingAsync(IAmazonEC2 client)
    {
        var all = new List<Instance>();
        var request = new DescribeInstancesRequest { MaxResults = 1000 };
        do
        {
            var response = await client.DescribeInstancesAsync(request);
            all.AddRange((response.Reservations ?? []).SelectMany(r => r.Instances ?? []));
            request.NextToken = response.NextToken;
        }
        while (request.NextToken is not null);
        return all;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>
/// Every EC2 specification query through AwsLinq, with pages of five instances so each query crosses
/// pages, must return what LINQ-to-Objects returns over the complete listing.
/// </summary>
public sealed class Ec2InstanceSpecificationTests(Ec2FleetBackend backend) : IClassFixture<Ec2FleetBackend>
{
    public static IEnumerable<object[]> Cases => Ec2InstanceQueries.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Query_returns_what_linq_to_objects_returns(string name, bool async)
    {
        var query = Ec2InstanceQueries.Named(name);
        var expected = await query.Run(OracleQueryable.Over(backend.Listing), false);

        var actual = await query.Run(backend.Client.Instances().WithPageSize(5), async);

        actual.Should().Equal(expected);
    }

    [Fact]
    public void Listing_is_complete()
    {
        backend.Listing.Should().HaveCount(150);
    }
}
