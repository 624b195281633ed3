namespace AwsLinq.Providers;

/// <summary>
/// A batch action over a query across several regions (<see cref="BatchAction{TItem}.InEachRegion"/>): the inner
/// action's calls, each sent with the resource, and so the client, of its items' region.
/// </summary>
/// <typeparam name="TItem">The item type of each region's listing.</typeparam>
internal sealed class RegionalBatchAction<TItem>(BatchAction<TItem> inner) : BatchAction<Regional<TItem>>
    where TItem : class
{
    public override string Describe(IQueryable<Regional<TItem>> query)
    {
        var regions = Regions(query, nameof(query));
        return $"{inner.DescribeFor(regions.Regions[0].Resource, nameof(query))}, each region's items with its own client";
    }

    internal override string DescribeFor(AwsResource<Regional<TItem>> resource, string? queryName) =>
        throw new ArgumentException("A query over several regions cannot itself be queried per region.", queryName);

    internal override Task<BatchResult> RunInRegions(
        IQueryable<Regional<Regional<TItem>>> query, RegionalResource<Regional<TItem>> regions, BatchArguments arguments, bool dryRun, CancellationToken cancellationToken) =>
        throw new ArgumentException("A query over several regions cannot itself be queried per region.", nameof(query));

    private protected override void CheckSource(IQueryable<Regional<TItem>> query, string? queryName)
    {
        foreach (var region in Regions(query, queryName).Regions)
        {
            inner.DescribeFor(region.Resource, queryName);
        }
    }

    private protected override Task<BatchResult> Run(IQueryable<Regional<TItem>> query, BatchArguments arguments, bool dryRun, CancellationToken cancellationToken)
    {
        var regions = Regions(query, nameof(query));
        return inner.RunInRegions(query, regions, arguments, dryRun, cancellationToken);
    }

    private static RegionalResource<TItem> Regions(IQueryable<Regional<TItem>> query, string? queryName) =>
        AwsResource<Regional<TItem>>.Of<RegionalResource<TItem>>(query, queryName);
}
