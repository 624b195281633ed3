using System.Linq.Expressions;
using AwsLinq.Execution;
using Remotion.Linq.Clauses;
using Remotion.Linq.Clauses.ResultOperators;

namespace AwsLinq.Explain;

/// <summary>Describes a <see cref="QueryPlan"/> as a <see cref="QueryExplanation"/>.</summary>
internal static class PlanExplainer
{
    public static QueryExplanation Explain(QueryPlan plan)
    {
        var levels = new List<QueryPlan>();
        for (var level = plan; level is not null; level = level.Inner)
        {
            levels.Insert(0, level);
        }

        var listing = levels[0].Listing!;
        var resource = listing.Plan.Resource;
        var requests = listing.Plan.Requests(listing.Limits).Select(p => new ExplainedRequest(resource.Operation, p)).ToArray();
        var steps = levels.SelectMany(Steps).ToArray();
        var noRequest = listing.Limits.Limit == 0 ? "the query needs no item" : "the predicates cannot match any item";
        return new QueryExplanation(resource.Describe(), requests, steps, Stop(levels, listing), listing.Plan.FollowUps)
        {
            NoRequestReason = noRequest,
            DegreeOfParallelism = listing.Parallelism,
        };
    }

    private static IEnumerable<string> Steps(QueryPlan level)
    {
        if (level.BeforeFollowUp.Count > 0)
        {
            yield return "where " + ExpressionPrinter.Print(Expression.Lambda(level.BeforeFollowUp.Aggregate(Expression.AndAlso), level.Item)) + " (before the follow-up calls)";
        }

        if (level.Residual.Count > 0)
        {
            yield return "where " + ExpressionPrinter.Print(Expression.Lambda(level.Residual.Aggregate(Expression.AndAlso), level.Item));
        }

        if (level.Orderings.Count > 0)
        {
            var keys = string.Join(", ", level.Orderings.Select(o => ExpressionPrinter.Print(o.KeySelector) + (o.Direction == OrderingDirection.Desc ? " descending" : string.Empty)));
            yield return level.ListingOrderKept ? $"order by {keys} (listing order: no sort)" : $"order by {keys}";
        }

        var all = 0;
        foreach (var op in level.Operators)
        {
            yield return op switch
            {
                TakeResultOperator take => $"take {take.GetConstantCount()}",
                SkipResultOperator skip => $"skip {skip.GetConstantCount()}",
                AllResultOperator => "all " + ExpressionPrinter.Print(Expression.Lambda(level.AllPredicates[all++], level.Item)),
                DistinctResultOperator when level.Selector.Body != level.Item => "distinct by " + ExpressionPrinter.Print(level.Selector),
                _ => op.ToString()?.ToLowerInvariant() ?? op.GetType().Name,
            };
        }

        if (level.Selector.Body != level.Item)
        {
            yield return "select " + ExpressionPrinter.Print(level.Selector);
        }
    }

    private static string Stop(IReadOnlyList<QueryPlan> levels, ListingSource listing)
    {
        var parts = new List<string>();
        if (listing.Limits.Limit is int limit)
        {
            parts.Add($"after {limit} item{(limit == 1 ? string.Empty : "s")}");
        }
        else
        {
            // Levels read the one below lazily: the first limiting operator ends the listing, unless a sort in
            // memory at or below it must read every page first.
            foreach (var level in levels)
            {
                if (level.Orderings.Count > 0 && !level.ListingOrderKept)
                {
                    break;
                }

                if (level.Operators.OfType<AllResultOperator>().Any())
                {
                    parts.Add("at the first item that fails the predicate");
                    break;
                }

                if (QueryPlanner.Limit(level.Operators) is int matching)
                {
                    parts.Add($"after {matching} matching item{(matching == 1 ? string.Empty : "s")}");
                    break;
                }
            }
        }

        if (listing.Plan.MaxItems(listing.Limits) is int bounded)
        {
            parts.Add($"after {bounded} listed item{(bounded == 1 ? string.Empty : "s")}");
        }

        if (listing.Plan.StopWhen is { } stopWhen)
        {
            parts.Add((listing.Plan.StopsPerSource(listing.Limits) ? "each listing at its first item where " : "at the first item where ") + ExpressionPrinter.Print(stopWhen));
        }

        parts.Add("after the last page");
        return string.Join(", or ", parts);
    }
}
