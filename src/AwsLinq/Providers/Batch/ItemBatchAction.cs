namespace AwsLinq.Providers;

/// <summary>
/// A batch action that sends one call per item, a bounded number at once (SQS <c>DeleteQueue</c>, EC2 <c>DeleteVolume</c>).
/// In a <see cref="BatchDryRun.Service"/> dry run each item's call is sent with the service's dry-run flag, so that
/// an item the service would refuse is reported as failed; the selected items are still each either succeeded or failed.
/// </summary>
/// <typeparam name="TResource">The resource the action's query lists.</typeparam>
/// <typeparam name="TItem">The item type.</typeparam>
public sealed class ItemBatchAction<TResource, TItem> : BatchAction<TItem>
    where TResource : AwsResource<TItem>
    where TItem : class
{
    /// <summary>Gets what one item is called in plans, for example <c>queue</c>.</summary>
    public required string ItemNoun { get; init; }

    /// <summary>Gets how many calls may run at once for a query over the resource.</summary>
    public required Func<TResource, int> MaxConcurrency { get; init; }

    /// <summary>
    /// Gets the call for one item: it receives the item, the arguments and whether to send the service's dry run
    /// (only for a <see cref="BatchDryRun.Service"/> action; a <see cref="BatchDryRun.Local"/> dry run sends nothing).
    /// An <c>AmazonServiceException</c> it throws fails that item alone.
    /// </summary>
    public required Func<TResource, TItem, BatchArguments, bool, CancellationToken, Task> Call { get; init; }

    /// <summary>
    /// Gets the error codes that mean the item is already as the action leaves it (a queue that no longer exists
    /// after DeleteQueue, when the SDK retried a call whose answer was lost): they count as success.
    /// </summary>
    public IReadOnlySet<string> AlreadyDone { get; init; } = new HashSet<string>();

    /// <inheritdoc/>
    public override string Describe(IQueryable<TItem> query) => DescribeFor(AwsResource<TItem>.Of<TResource>(query), nameof(query));

    private protected override void CheckSource(IQueryable<TItem> query, string? queryName) => AwsResource<TItem>.Of<TResource>(query, queryName);

    private protected override Task<BatchResult> Run(IQueryable<TItem> query, BatchArguments arguments, bool dryRun, CancellationToken cancellationToken)
    {
        var resource = AwsResource<TItem>.Of<TResource>(query);
        return BatchRunner.RunPerItemAsync(
            query, Operation, MaxConcurrency(resource), Id, (item, serviceDryRun, ct) => Call(resource, item, arguments, serviceDryRun, ct), AlreadyDone, DryRun, dryRun, cancellationToken);
    }

    internal override string DescribeFor(AwsResource<TItem> resource, string? queryName) =>
        $"{Operation} per {ItemNoun}, at most {MaxConcurrency(AwsResource<TItem>.As<TResource>(resource, queryName))} at once";

    // Each item's call goes to its region's resource; the calls in flight are bounded as for one region.
    internal override Task<BatchResult> RunInRegions(
        IQueryable<Regional<TItem>> query, RegionalResource<TItem> regions, BatchArguments arguments, bool dryRun, CancellationToken cancellationToken)
    {
        TResource In(string region) => regions.ResourceOf<TResource>(region, nameof(query));
        return BatchRunner.RunPerItemAsync(
            query,
            Operation,
            MaxConcurrency(In(regions.Regions[0].Region)),
            pair => $"{pair.Region}/{Id(pair.Item)}",
            (pair, serviceDryRun, ct) => Call(In(pair.Region), pair.Item, arguments, serviceDryRun, ct),
            AlreadyDone,
            DryRun,
            dryRun,
            cancellationToken);
    }
}
