using Amazon.S3;
using AwsLinq.LocalAws;
using AwsLinq.Tests.Ec2;
using AwsLinq.Tests.Specification;

namespace AwsLinq.Tests.S3;

/// <summary>
/// A seeded bucket on LocalAws for the specification of one S3 collection (folders, uploads, versions), with its
/// complete listing read by plain SDK paging, which AwsLinq takes no part in.
/// </summary>
public abstract class S3CollectionBackend<TItem> : IAsyncLifetime
{
    public const string Bucket = "spec-bucket";

    public LocalAwsServer Server { get; private set; } = null!;

    public IAmazonS3 Client { get; private set; } = null!;

    public IReadOnlyList<TItem> Listing { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Server = await LocalAwsServer.StartAsync();
        Server.S3.CreateBucket(Bucket);
        Client = Server.CreateS3Client();
        await SeedAsync(Server.S3, Client);
        Listing = await ListAllAsync(Client);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    protected abstract Task SeedAsync(LocalS3 s3, IAmazonS3 client);

    protected abstract Task<IReadOnlyList<TItem>> ListAllAsync(IAmazonS3 s3);
}

/// <summary>
/// The specification of one S3 collection: every query of its <c>Cases</c> (a static member of the test class), in
/// pages of three so that each crosses pages, returns what LINQ-to-Objects returns over the complete listing.
/// </summary>
public abstract class S3CollectionSpecificationTests<TItem>(S3CollectionBackend<TItem> backend)
{
    protected abstract IReadOnlyList<SpecQuery<TItem>> Queries { get; }

    /// <summary>Gets how many items the seeded listing holds.</summary>
    protected abstract int ListingCount { get; }

    // xUnit reads the data from the test class that runs the theory, which each collection's class supplies.
#pragma warning disable xUnit1015
    [Theory]
    [MemberData("Cases")]
#pragma warning restore xUnit1015
    public Task Query_returns_what_linq_to_objects_returns(string name, bool async) =>
        Ec2Specification.AssertSameAsync(Queries, name, async, backend.Listing, Open(backend.Client, S3CollectionBackend<TItem>.Bucket).WithPageSize(3));

    [Fact]
    public void Listing_is_complete()
    {
        backend.Listing.Should().HaveCount(ListingCount);
    }

    /// <summary>The collection's entry point.</summary>
    protected abstract IAwsQueryable<TItem> Open(IAmazonS3 s3, string bucket);
}
