using System.Linq.Expressions;
using AwsLinq.Providers;
using Remotion.Linq.Clauses;

namespace AwsLinq.Execution;

/// <summary>
/// One level of a query, ready to run: where its items come from, what runs in memory over them, and
/// the operators that follow. A query whose operators cannot share one level (a <c>Where</c> after a
/// <c>Take</c>) reads its items from the plan of the level before.
/// </summary>
internal sealed class QueryPlan
{
    public required ListingSource? Listing { get; init; }

    public required QueryPlan? Inner { get; init; }

    public required ParameterExpression Item { get; init; }

    public required IReadOnlyList<Expression> Residual { get; init; }

    /// <summary>The in-memory predicates that run before the resource's per-item follow-up calls.</summary>
    public required IReadOnlyList<Expression> BeforeFollowUp { get; init; }

    public required IReadOnlyList<PlannedOrdering> Orderings { get; init; }

    public required bool ListingOrderKept { get; init; }

    public required LambdaExpression Selector { get; init; }

    public required IReadOnlyList<ResultOperatorBase> Operators { get; init; }

    /// <summary>The predicates of <c>All</c> operators, over <see cref="Item"/>.</summary>
    public required IReadOnlyList<Expression> AllPredicates { get; init; }

    /// <summary>Compiled on first use, so that <c>Explain()</c> never pays for it.</summary>
    public required Lazy<CompiledPlan> Compilation { get; init; }

    public CompiledPlan Compiled => Compilation.Value;
}

/// <summary>The resource's requests for the innermost level.</summary>
internal sealed record ListingSource(ResourcePlan Plan, ListingLimits Limits, ListingPolicy Policy, int Parallelism, bool PrefetchAsked)
{
    /// <summary>How to run the listing, for a reader that reads all of it (<paramref name="whole"/>) or may stop early.</summary>
    public ListingRun Run(bool whole) => new(Policy, Parallelism, Limits.Limit, whole, PrefetchAsked);
}

/// <summary>
/// How a listing is run: its policy, how many requests it may have in flight, whether the reader reads all of it
/// (<paramref name="Whole"/>: work done ahead of it is never wasted), and whether prefetch was asked for.
/// </summary>
internal sealed record ListingRun(ListingPolicy Policy, int Parallelism, int? Limit, bool Whole, bool PrefetchAsked)
{
    /// <summary>Gets whether the next page is asked for while the items of one are used: always when asked to, otherwise only where the whole listing is read.</summary>
    public bool Prefetch => Whole || PrefetchAsked;
}

/// <summary>One in-memory ordering key.</summary>
internal sealed record PlannedOrdering(LambdaExpression KeySelector, OrderingDirection Direction);

/// <summary>The delegates of a plan, compiled once per execution.</summary>
internal sealed record CompiledPlan(
    Func<object, bool>? BeforeFollowUp,
    Func<object, bool>? Residual,
    IReadOnlyList<(Func<object, object?> Key, IComparer<object?> Comparer, bool Descending)> Orderings,
    Func<object, object?>? Selector,
    IReadOnlyDictionary<ResultOperatorBase, Func<object, bool>> OperatorPredicates);
