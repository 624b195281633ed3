namespace AwsLinq.Providers;

/// <summary>A batch action that sends one call per page of at most <see cref="MaxPerCall"/> items (S3 <c>DeleteObjects</c>, EC2 <c>StopInstances</c>).</summary>
/// <typeparam name="TResource">The resource the action's query lists.</typeparam>
/// <typeparam name="TItem">The item type.</typeparam>
public sealed class PagedBatchAction<TResource, TItem> : BatchAction<TItem>
    where TResource : AwsResource<TItem>
    where TItem : class
{
    /// <summary>Gets the most items one call takes.</summary>
    public required int MaxPerCall { get; init; }

    /// <summary>Gets what the identifiers are called in plans, for example <c>keys</c>.</summary>
    public required string IdNoun { get; init; }

    /// <summary>Gets how the call is sent, as plans show it after the page size (<c>not Quiet: S3 confirms each key</c>), or <see langword="null"/>.</summary>
    public string? Mode { get; init; }

    /// <summary>
    /// Gets, for a resource whose items go to different calls by where they are (the objects of several buckets),
    /// the scope of each item, or <see langword="null"/> for one scope: pages are then cut where the scope changes, so
    /// that each call takes items of one scope, and the result names each item <c>scope/id</c>.
    /// </summary>
    public Func<TResource, Func<TItem, string>?>? Scope { get; init; }

    /// <summary>
    /// Gets the call for one page: it receives the page's items, the arguments and whether to send the service's dry
    /// run, and returns what happened to each item. The runner checks the outcome against the items sent.
    /// </summary>
    public required Func<TResource, IReadOnlyList<TItem>, BatchArguments, bool, CancellationToken, Task<BatchOutcome>> Call { get; init; }

    /// <inheritdoc/>
    public override string Describe(IQueryable<TItem> query) => DescribeFor(AwsResource<TItem>.Of<TResource>(query), nameof(query));

    private protected override void CheckSource(IQueryable<TItem> query, string? queryName) => AwsResource<TItem>.Of<TResource>(query, queryName);

    private protected override Task<BatchResult> Run(IQueryable<TItem> query, BatchArguments arguments, bool dryRun, CancellationToken cancellationToken)
    {
        var resource = AwsResource<TItem>.Of<TResource>(query);
        return BatchRunner.RunPagedAsync(
            query, Operation, MaxPerCall, Id, Scope?.Invoke(resource), (page, serviceDryRun, ct) => Call(resource, page, arguments, serviceDryRun, ct), DryRun, dryRun, cancellationToken);
    }

    internal override string DescribeFor(AwsResource<TItem> resource, string? queryName)
    {
        AwsResource<TItem>.As<TResource>(resource, queryName);
        return $"{Operation} per page of at most {MaxPerCall} {IdNoun}" + (Mode is null ? string.Empty : ", " + Mode);
    }

    // A call takes the items of one region (and of one scope within it), sent with that region's resource.
    internal override Task<BatchResult> RunInRegions(
        IQueryable<Regional<TItem>> query, RegionalResource<TItem> regions, BatchArguments arguments, bool dryRun, CancellationToken cancellationToken)
    {
        TResource In(string region) => regions.ResourceOf<TResource>(region, nameof(query));
        return BatchRunner.RunPagedAsync(
            query,
            Operation,
            MaxPerCall,
            pair => Id(pair.Item),
            pair => Scope?.Invoke(In(pair.Region)) is { } inner ? $"{pair.Region}/{inner(pair.Item)}" : pair.Region,
            (page, serviceDryRun, ct) => Call(In(page[0].Region), [.. page.Select(p => p.Item)], arguments, serviceDryRun, ct),
            DryRun,
            dryRun,
            cancellationToken);
    }
}
