using Amazon.Runtime;
using AwsLinq.Providers;

namespace AwsLinq;

/// <summary>
/// One SDK client per region, made by <see cref="AwsRegions.For{TClient}"/>: the source of queries over every region
/// at once. Disposing it disposes the clients.
/// </summary>
/// <typeparam name="TClient">The SDK client type.</typeparam>
public sealed class RegionalClients<TClient> : IDisposable
    where TClient : IAmazonService
{
    private readonly IReadOnlyList<(string Region, TClient Client)> _clients;

    internal RegionalClients(IReadOnlyList<(string Region, TClient Client)> clients) => _clients = clients;

    /// <summary>Gets the regions, in the order their items are returned.</summary>
    public IReadOnlyList<string> Regions => [.. _clients.Select(c => c.Region)];

    /// <summary>Gets the client of one region.</summary>
    /// <param name="region">One of <see cref="Regions"/>.</param>
    /// <returns>The client.</returns>
    /// <exception cref="KeyNotFoundException">The region is not one of <see cref="Regions"/>.</exception>
    public TClient this[string region] => _clients.FirstOrDefault(c => c.Region == region) is { Client: not null } found
        ? found.Client
        : throw new KeyNotFoundException($"No client for the region '{region}'; the regions are {string.Join(", ", Regions)}.");

    /// <summary>
    /// A query over the same listing in every region, each item tagged with its region. The regions are listed
    /// concurrently (at most as many at once as <c>WithDegreeOfParallelism</c> allows, by default up to 8), and
    /// items come in the order of <see cref="Regions"/>, then each region's listing order: the query returns what
    /// LINQ-to-Objects returns over the regions' listings one after the other. A predicate on
    /// <see cref="Regional{T}.Region"/> selects which regions are asked; one on <see cref="Regional{T}.Item"/> is
    /// sent to every region's requests. A region whose listing fails ends the query with a
    /// <see cref="RegionalListingException"/> naming it.
    /// </summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="listing">
    /// The listing of one region from its name and client: an AwsLinq entry point such as <c>(r, ec2) =&gt; ec2.Instances()</c>,
    /// optionally with <c>Where</c> predicates that are the region's own (<c>(r, s3) =&gt; s3.Buckets().Where(b =&gt; b.BucketRegion == r)</c>).
    /// </param>
    /// <returns>The query. Nothing is sent until it is enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="listing"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="listing"/> returned something other than an AwsLinq entry point with <c>Where</c> predicates.</exception>
    public IAwsQueryable<Regional<TItem>> Query<TItem>(Func<string, TClient, IQueryable<TItem>> listing)
        where TItem : class
    {
        ArgumentNullException.ThrowIfNull(listing);
        return new RegionalResource<TItem>([.. _clients.Select(c => RegionalListing.Of(c.Region, listing(c.Region, c.Client), nameof(listing)))]).CreateQuery();
    }

    /// <summary>Disposes every region's client.</summary>
    public void Dispose()
    {
        foreach (var (_, client) in _clients)
        {
            (client as IDisposable)?.Dispose();
        }
    }
}
