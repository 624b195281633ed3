using Amazon.EC2;
using Amazon.EC2.Model;

namespace AwsLinq;

/// <summary>EC2 queries over several regions at once, and the regions an account has enabled.</summary>
public static class Ec2RegionalExtensions
{
    /// <summary>
    /// Starts a query over the instances of every region of <paramref name="clients"/>, each tagged with its region, as
    /// <see cref="Ec2QueryableExtensions.Instances"/> lists one region: predicates on <c>x.Item</c> become each region's
    /// <c>DescribeInstances</c> filters, and one on <c>x.Region</c> picks the regions asked. Any other EC2 collection
    /// goes the same way through <see cref="RegionalClients{TClient}.Query{TItem}"/>: <c>clients.Query((_, ec2) =&gt; ec2.Volumes())</c>.
    /// </summary>
    /// <typeparam name="TClient">The EC2 client type.</typeparam>
    /// <param name="clients">One EC2 client per region, from <see cref="AwsRegions.For{TClient}"/>.</param>
    /// <returns>A query over the regions' instances, in the order of the regions, then of each region's listing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clients"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<Regional<Instance>> Instances<TClient>(this RegionalClients<TClient> clients)
        where TClient : IAmazonEC2
    {
        ArgumentNullException.ThrowIfNull(clients);
        return clients.Query((_, ec2) => ec2.Instances());
    }

    /// <summary>
    /// The regions enabled for the account, as EC2 <c>DescribeRegions</c> (without <c>AllRegions</c>) names them: those
    /// that need no opt-in and those opted in to, in the order EC2 lists them. Sent once, when called.
    /// </summary>
    /// <param name="ec2">An EC2 client of any region.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The regions' system names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ec2"/> is <see langword="null"/>.</exception>
    /// <exception cref="AmazonEC2Exception">EC2 refused the call (for example <c>UnauthorizedOperation</c>).</exception>
    public static async Task<IReadOnlyList<string>> EnabledRegionsAsync(this IAmazonEC2 ec2, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        var response = await ec2.DescribeRegionsAsync(new DescribeRegionsRequest(), cancellationToken).ConfigureAwait(false);
        return [.. (response.Regions ?? []).Select(r => r.RegionName)];
    }
}
