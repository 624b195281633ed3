using System.Runtime.CompilerServices;
using AwsLinq.Diagnostics;

namespace AwsLinq.Providers;

/// <summary>How a batch action behaves in a dry run.</summary>
public enum BatchDryRun
{
    /// <summary>No call is sent; every selected item is reported as one that would be acted on.</summary>
    Local,

    /// <summary>Each call is sent with the service's own dry-run flag (EC2's <c>DryRun</c>), which checks permissions and changes nothing.</summary>
    Service,
}

/// <summary>
/// A batch action over the items a query selects, declared once: its AWS operation, how many items one call takes
/// (or how many calls run at once), its arguments and how a dry run works. The runner, <c>Explain()</c> and the
/// <c>awslinq</c> command all read this declaration.
/// </summary>
/// <typeparam name="TItem">The item type.</typeparam>
public abstract class BatchAction<TItem> : IBatchAction
    where TItem : class
{
    private protected BatchAction()
    {
    }

    /// <summary>Gets the AWS operation, for example <c>DeleteObjects</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>Gets the action's command name, for example <c>delete</c> or <c>delete-snapshots</c>.</summary>
    public required string Command { get; init; }

    /// <summary>Gets what the action does, in one sentence.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the identifier reported for an item: its key, id or URL.</summary>
    public required Func<TItem, string> Id { get; init; }

    /// <summary>Gets how a dry run works.</summary>
    public BatchDryRun DryRun { get; init; }

    /// <summary>Gets the arguments the action takes.</summary>
    public IReadOnlyList<BatchParameter> Parameters { get; init; } = [];

    /// <summary>Gets a check of the arguments that throws an <see cref="ArgumentException"/> naming the problem, or <see langword="null"/>.</summary>
    public Action<BatchArguments>? Validate { get; init; }

    /// <summary>
    /// Acts on every item the query selects (its <c>Where</c>, <c>Take</c>, <c>Skip</c> and in-memory predicates all
    /// apply), as the listing proceeds. An item the service refuses is recorded with its error code and the action
    /// goes on; <see cref="BatchResult.Succeeded"/> plus <see cref="BatchResult.Failed"/> is always every item
    /// selected, whatever the service answers.
    /// </summary>
    /// <param name="query">An AwsLinq query over this action's resource.</param>
    /// <param name="arguments">The action's arguments; <see langword="null"/> for none.</param>
    /// <param name="options">The dry-run setting; <see langword="null"/> for a real run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <param name="queryName">The caller's name for <paramref name="query"/>, used in the exceptions; filled in by the compiler.</param>
    /// <returns>Every item acted on (or that would be) and every failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The query is not over this action's resource, or an argument is invalid.</exception>
    /// <exception cref="BatchActionCanceledException">The action was cancelled; its result says how far it got.</exception>
    /// <exception cref="BatchActionException">An error other than a refusal stopped the action after it had made calls.</exception>
    public Task<BatchResult> RunAsync(
        IQueryable<TItem> query,
        BatchArguments? arguments = null,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default,
        [CallerArgumentExpression(nameof(query))] string? queryName = null)
    {
        ArgumentNullException.ThrowIfNull(query, queryName);
        CheckSource(query, queryName);
        arguments ??= BatchArguments.None;
        Validate?.Invoke(arguments);
        var dryRun = options?.DryRun == true;
        return BatchObservation.RunAsync(query, Operation, dryRun, () => Run(query, arguments, dryRun, cancellationToken));
    }

    /// <summary>Describes the calls the action makes on a query's items, as plans show them.</summary>
    /// <param name="query">The query the action runs on.</param>
    /// <returns>For example <c>DeleteObjects per page of at most 1000 keys, not Quiet: S3 confirms each key</c>.</returns>
    /// <exception cref="ArgumentException">The query is not over this action's resource.</exception>
    public abstract string Describe(IQueryable<TItem> query);

    /// <summary>
    /// Works out, without sending anything, the plan of this action over a query: its listing, as
    /// <see cref="AwsQueryableExtensions.Explain{T}(IAwsQueryable{T})"/> shows it, and the calls the action makes.
    /// </summary>
    /// <param name="query">An AwsLinq query over this action's resource.</param>
    /// <returns>The plan, with <see cref="QueryExplanation.Action"/> set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The query is not over this action's resource.</exception>
    public QueryExplanation Explain(IAwsQueryable<TItem> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Explain().WithAction(Describe(query));
    }

    /// <summary>
    /// Gets this action over a query across several regions (<see cref="RegionalClients{TClient}.Query{TItem}"/>,
    /// <c>AwsRegions.For(...).Instances()</c>): each item is acted on by its own region's client, a call takes the
    /// items of one region, and the result names each item <c>region/id</c> (<c>eu-west-1/i-0abc</c>), so that the
    /// same id in two regions is two results. The query's degree of parallelism bounds the calls in flight, across
    /// the regions.
    /// </summary>
    /// <returns>The action over <see cref="Regional{T}"/> items; its <see cref="RunAsync"/> takes the query over the regions.</returns>
    public BatchAction<Regional<TItem>> InEachRegion() => new RegionalBatchAction<TItem>(this)
    {
        Operation = Operation,
        Command = Command,
        Summary = Summary,
        Id = pair => $"{pair.Region}/{Id(pair.Item)}",
        DryRun = DryRun,
        Parameters = Parameters,
        Validate = Validate,
    };

    string IBatchAction.Describe(IQueryable query) => Describe((IQueryable<TItem>)query);

    private protected abstract void CheckSource(IQueryable<TItem> query, string? queryName);

    private protected abstract Task<BatchResult> Run(IQueryable<TItem> query, BatchArguments arguments, bool dryRun, CancellationToken cancellationToken);

    /// <summary>The calls the action makes on items of <paramref name="resource"/>, as plans show them; checks that it is the action's resource.</summary>
    internal abstract string DescribeFor(AwsResource<TItem> resource, string? queryName);

    /// <summary>Runs the action over items of several regions, each acted on with its region's resource.</summary>
    internal abstract Task<BatchResult> RunInRegions(
        IQueryable<Regional<TItem>> query, RegionalResource<TItem> regions, BatchArguments arguments, bool dryRun, CancellationToken cancellationToken);
}

/// <summary>The untyped view of a <see cref="BatchAction{TItem}"/>, for <c>Explain()</c>.</summary>
internal interface IBatchAction
{
    string Describe(IQueryable query);
}
