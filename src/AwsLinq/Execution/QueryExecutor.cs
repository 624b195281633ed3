using Remotion.Linq.Clauses;
using Remotion.Linq.Clauses.ResultOperators;

namespace AwsLinq.Execution;

/// <summary>Runs a <see cref="QueryPlan"/>: the listing, then the in-memory operators, streaming.</summary>
internal static class QueryExecutor
{
    /// <summary>The query's items.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="readsAll">Whether the caller reads every item (<c>ToListAsync</c>, a batch action), so that the listing may read ahead.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public static IAsyncEnumerable<object?> Stream(QueryPlan plan, bool readsAll, CancellationToken cancellationToken)
    {
        var (items, terminal) = Body(plan, readsAll, cancellationToken);
        if (terminal is not null)
        {
            throw new InvalidOperationException($"The query ends with '{terminal}', which returns a single value, not a sequence.");
        }

        return Project(plan, items);
    }

    public static async Task<object?> ScalarAsync(QueryPlan plan, CancellationToken cancellationToken)
    {
        // The terminal operator is one of the plan's: Count reads every item, First and Any do not.
        var (items, terminal) = Body(plan, readsAll: true, cancellationToken);
        var compiled = plan.Compiled;
        switch (terminal)
        {
            case CountResultOperator:
                return await items.CountAsync(cancellationToken).ConfigureAwait(false);
            case LongCountResultOperator:
                return await items.LongCountAsync(cancellationToken).ConfigureAwait(false);
            case AnyResultOperator:
                return await items.AnyAsync(cancellationToken).ConfigureAwait(false);
            case AllResultOperator all:
                var predicate = compiled.OperatorPredicates[all];
                return await items.AllAsync(x => predicate(x!), cancellationToken).ConfigureAwait(false);
            case FirstResultOperator first:
                return await SingleValueAsync(plan, items, 1, first.ReturnDefaultWhenEmpty, cancellationToken).ConfigureAwait(false);
            case SingleResultOperator single:
                return await SingleValueAsync(plan, items, 2, single.ReturnDefaultWhenEmpty, cancellationToken).ConfigureAwait(false);
            default:
                throw new InvalidOperationException("The query returns a sequence, not a single value: enumerate it or call ToListAsync().");
        }
    }

    private static async Task<object?> SingleValueAsync(
        QueryPlan plan, IAsyncEnumerable<object?> items, int read, bool defaultWhenEmpty, CancellationToken cancellationToken)
    {
        var found = new List<object?>(2);
        await foreach (var item in items.Take(read).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            found.Add(item);
        }

        if (found.Count > 1)
        {
            throw new InvalidOperationException("Sequence contains more than one element");
        }

        if (found.Count == 0)
        {
            return defaultWhenEmpty ? null : throw new InvalidOperationException("Sequence contains no elements");
        }

        return plan.Compiled.Selector is null ? found[0] : plan.Compiled.Selector(found[0]!);
    }

    // The listing, the in-memory filter and ordering, and the operators up to a terminal one. Items stay
    // unprojected until the end because re-linq states operator predicates over the source item.
    private static (IAsyncEnumerable<object?> Items, ResultOperatorBase? Terminal) Body(QueryPlan plan, bool readsAll, CancellationToken cancellationToken)
    {
        var compiled = plan.Compiled;
        var sourceReadWhole = ReadsWholeSource(plan, readsAll);
        IAsyncEnumerable<object?> items = plan.Listing is { } listing
            ? listing.Plan.Read(listing.Limits, listing.Run(sourceReadWhole), compiled.BeforeFollowUp, cancellationToken)
            : Stream(plan.Inner!, sourceReadWhole, cancellationToken);
        if (compiled.Residual is { } residual)
        {
            items = items.Where(x => residual(x!));
        }

        if (compiled.Orderings.Count > 0)
        {
            items = Sort(items, compiled);
        }

        foreach (var op in plan.Operators)
        {
            switch (op)
            {
                case TakeResultOperator take:
                    items = items.Take(take.GetConstantCount());
                    break;
                case SkipResultOperator skip:
                    items = items.Skip(skip.GetConstantCount());
                    break;
                case DistinctResultOperator:
                    // Distinct projected values, keeping the first source item of each: the operators after it are
                    // stated over source items (re-linq substitutes the projection), and projecting at the end gives
                    // the same values.
                    items = compiled.Selector is { } selector ? items.DistinctBy(x => selector(x!)) : items.Distinct();
                    break;
                default:
                    return (items, op);
            }
        }

        return (items, null);
    }

    // A sort reads every item before the first comes out; otherwise the items are all read only when the reader reads
    // them all and no operator stops early.
    private static bool ReadsWholeSource(QueryPlan plan, bool readsAll) =>
        (plan.Orderings.Count > 0 && !plan.ListingOrderKept)
        || (readsAll && !plan.Operators.Any(op => op is TakeResultOperator or FirstResultOperator or AnyResultOperator or SingleResultOperator or AllResultOperator));

    private static IAsyncEnumerable<object?> Sort(IAsyncEnumerable<object?> items, CompiledPlan compiled)
    {
        var (key, comparer, descending) = compiled.Orderings[0];
        var ordered = descending ? items.OrderByDescending(x => key(x!), comparer) : items.OrderBy(x => key(x!), comparer);
        foreach (var (nextKey, nextComparer, nextDescending) in compiled.Orderings.Skip(1))
        {
            ordered = nextDescending ? ordered.ThenByDescending(x => nextKey(x!), nextComparer) : ordered.ThenBy(x => nextKey(x!), nextComparer);
        }

        return ordered;
    }

    private static IAsyncEnumerable<object?> Project(QueryPlan plan, IAsyncEnumerable<object?> items) =>
        plan.Compiled.Selector is { } selector ? items.Select(x => selector(x!)) : items;
}
