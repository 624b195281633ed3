using System.Linq.Expressions;
using System.Reflection;
using AwsLinq.Explain;
using AwsLinq.Providers;
using AwsLinq.Query;
using Remotion.Linq;
using Remotion.Linq.Clauses;
using Remotion.Linq.Clauses.Expressions;
using Remotion.Linq.Clauses.ResultOperators;

namespace AwsLinq.Execution;

/// <summary>
/// Turns a parsed query into a <see cref="QueryPlan"/>: the resource translates the predicates it can,
/// and everything else is kept for evaluation in memory.
/// </summary>
internal static class QueryPlanner
{
    public static QueryPlan Plan(QueryModel model, QueryOptions options, AwsQueryProvider provider)
    {
        var membersRead = MemberCollector.Collect(model);
        return PlanLevel(model, options, provider, membersRead);
    }

    private static QueryPlan PlanLevel(QueryModel model, QueryOptions options, AwsQueryProvider provider, IReadOnlySet<MemberInfo> membersRead)
    {
        var from = model.MainFromClause;
        var item = Expression.Parameter(from.ItemType, from.ItemName.StartsWith('<') ? "x" : from.ItemName);
        var predicates = new List<Expression>();
        var orderByClauses = new List<OrderByClause>();
        foreach (var clause in model.BodyClauses)
        {
            switch (clause)
            {
                case WhereClause where:
                    Conjuncts.Split(SourceReplacer.Replace(where.Predicate, from, item), predicates);
                    break;
                case OrderByClause orderBy:
                    orderByClauses.Add(orderBy);
                    break;
                default:
                    throw new NotSupportedException(
                        $"The query clause '{clause}' is not supported by AwsLinq. Call AsAsyncEnumerable() before it to evaluate it in memory.");
            }
        }

        // OrderBy(a).OrderBy(b) sorts by b, then by a (the sort is stable): the last clause comes first.
        var orderings = orderByClauses.AsEnumerable().Reverse()
            .SelectMany(c => c.Orderings)
            .Select(o => new PlannedOrdering(Expression.Lambda(SourceReplacer.Replace(o.Expression, from, item), item), o.OrderingDirection))
            .ToArray();
        var selector = Expression.Lambda(SourceReplacer.Replace(model.SelectClause.Selector, from, item), item);
        var operators = model.ResultOperators.ToArray();
        var allPredicates = operators.OfType<AllResultOperator>().Select(a => SourceReplacer.Replace(a.Predicate, from, item)).ToArray();
        NullArguments.ThrowIfAny(predicates.Concat(allPredicates), item);

        QueryPlan? inner = null;
        ListingSource? listing = null;
        IReadOnlyList<Expression> residual = predicates;
        IReadOnlyList<Expression> beforeFollowUp = [];
        bool inListingOrder;
        switch (from.FromExpression)
        {
            case SubQueryExpression subQuery:
                inner = PlanLevel(subQuery.QueryModel, options, provider, membersRead);
                inListingOrder = inner.ListingOrderKept && orderings.Length == 0;
                ThrowIfStrict(options, provider, [.. predicates, .. allPredicates], item);
                break;
            case ConstantExpression { Value: IQueryable root } when ReferenceEquals(root.Provider, provider):
                var lambdas = predicates.Select(p => Expression.Lambda(p, item)).ToArray();
                var resourcePlan = provider.Resource.Translate(lambdas, membersRead);
                // Predicates that do not need the per-item follow-up run before it, so it is made only for items that pass.
                beforeFollowUp = predicates.Where((p, i) => resourcePlan.Pushdown[i] != Pushdown.Exact && resourcePlan.FollowUps.Count > 0 && !resourcePlan.NeedsFollowUp(p)).ToArray();
                residual = predicates.Where((_, i) => resourcePlan.Pushdown[i] != Pushdown.Exact && !beforeFollowUp.Contains(predicates[i])).ToArray();
                ThrowIfStrict(options, provider, [.. predicates.Where((_, i) => resourcePlan.Pushdown[i] == Pushdown.None), .. allPredicates], item);
                inListingOrder = orderings.Length == 0
                    || (orderings[0].Direction == OrderingDirection.Asc && provider.Resource.IsNativeOrder(orderings[0].KeySelector));
                var limit = residual.Count == 0 && beforeFollowUp.Count == 0 && inListingOrder ? Limit(operators) : null;
                listing = new ListingSource(resourcePlan, new ListingLimits(options.PageSize, limit), options.ListingPolicy ?? ListingPolicy.Default, options.Parallelism ?? provider.Resource.DefaultParallelism, options.Prefetch);
                break;
            default:
                throw new NotSupportedException(
                    $"The query source '{from.FromExpression}' is not an AwsLinq listing of this query's client. Combine two AWS listings in memory: call AsAsyncEnumerable() on each first.");
        }

        return new QueryPlan
        {
            Listing = listing,
            Inner = inner,
            Item = item,
            Residual = residual,
            BeforeFollowUp = beforeFollowUp,
            Orderings = orderings,
            ListingOrderKept = inListingOrder,
            Selector = selector,
            Operators = operators,
            AllPredicates = allPredicates,
            Compilation = new(() => PlanCompiler.Compile(item, beforeFollowUp, residual, inListingOrder ? [] : orderings, selector, operators, from)),
        };
    }

    // The most items the operators can use, when the listing feeds them directly.
    internal static int? Limit(IEnumerable<ResultOperatorBase> operators)
    {
        long offset = 0;
        long? limit = null;
        foreach (var op in operators)
        {
            long? needed = op switch
            {
                TakeResultOperator take => offset + Math.Max(0, take.GetConstantCount()),
                FirstResultOperator or AnyResultOperator => offset + 1,
                SingleResultOperator => offset + 2,
                _ => null,
            };
            if (op is SkipResultOperator skip)
            {
                // LINQ reads a negative count as zero.
                offset += Math.Max(0, skip.GetConstantCount());
                continue;
            }

            if (needed is null)
            {
                break;
            }

            limit = limit is long l ? Math.Min(l, needed.Value) : needed;
            if (op is not TakeResultOperator)
            {
                break;
            }
        }

        return limit is long value ? (int)Math.Min(value, int.MaxValue) : null;
    }

    private static void ThrowIfStrict(QueryOptions options, AwsQueryProvider provider, IReadOnlyList<Expression> inMemory, ParameterExpression item)
    {
        if (!options.ServerSideOnly || inMemory.Count == 0)
        {
            return;
        }

        var resource = provider.Resource;
        throw new InvalidOperationException(
            $"The LINQ expression '{ExpressionPrinter.Print(Expression.Lambda(inMemory[0], item))}' could not be translated into {resource.Service} {resource.Operation} request parameters, " +
            "and ServerSideOnly() forbids evaluating it in memory. Either rewrite the query in a form the service can filter, " +
            "or remove ServerSideOnly() to evaluate it in memory over the listing.");
    }
}
