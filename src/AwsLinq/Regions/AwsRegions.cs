using Amazon.Runtime;

namespace AwsLinq;

/// <summary>Entry points of queries over several regions at once.</summary>
public static class AwsRegions
{
    /// <summary>
    /// Makes one client per region, for queries that list every region and tag each item with its region
    /// (<see cref="RegionalClients{TClient}.Query{TItem}"/>, or the service packages' <c>Instances()</c>, <c>Queues()</c>,
    /// <c>Buckets()</c> on the result). Nothing is sent until such a query is enumerated.
    /// </summary>
    /// <typeparam name="TClient">The SDK client type, for example <c>AmazonEC2Client</c>.</typeparam>
    /// <param name="regions">The regions' system names (<c>us-east-1</c>), in the order their items are returned; each once.</param>
    /// <param name="createClient">Makes the client of one region, for example <c>r =&gt; new AmazonEC2Client(RegionEndpoint.GetBySystemName(r))</c>.</param>
    /// <returns>The clients, which the caller disposes.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or <paramref name="createClient"/> returned <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="regions"/> is empty, or names a region twice or an empty one.</exception>
    public static RegionalClients<TClient> For<TClient>(IEnumerable<string> regions, Func<string, TClient> createClient)
        where TClient : IAmazonService
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(createClient);
        var names = regions.ToArray();
        if (names.Length == 0)
        {
            throw new ArgumentException("Name at least one region, for example [\"us-east-1\", \"eu-west-1\"].", nameof(regions));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A region name is empty: name each region by its system name, such as eu-west-1.", nameof(regions));
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"The region '{name}' is named twice: its items would be listed twice. Name each region once.", nameof(regions));
            }
        }

        return new RegionalClients<TClient>([.. names.Select(n => (n, createClient(n) ?? throw new ArgumentNullException(nameof(createClient), $"createClient returned null for the region '{n}'.")))]);
    }
}
