using System.Linq.Expressions;
using AwsLinq.Diagnostics;
using AwsLinq.Translation;
using Remotion.Linq.Clauses;
using Remotion.Linq.Clauses.ResultOperators;

namespace AwsLinq.Execution;

/// <summary>Compiles a plan's in-memory parts into delegates over untyped items, once per execution.</summary>
internal static class PlanCompiler
{
    public static CompiledPlan Compile(
        ParameterExpression item,
        IReadOnlyList<Expression> beforeFollowUp,
        IReadOnlyList<Expression> residual,
        IReadOnlyList<PlannedOrdering> orderings,
        LambdaExpression selector,
        IReadOnlyList<ResultOperatorBase> operators,
        IQuerySource source)
    {
        var before = beforeFollowUp.Count == 0 ? null : Observed.InMemory(Compile<bool>(item, beforeFollowUp.Aggregate(Expression.AndAlso)));
        var predicate = residual.Count == 0 ? null : Observed.InMemory(Compile<bool>(item, residual.Aggregate(Expression.AndAlso)));
        var keys = orderings
            .Select(o => (Key: Compile<object?>(item, o.KeySelector.Body), Comparer: (IComparer<object?>)KeyComparer.For(o.KeySelector.ReturnType), Descending: o.Direction == OrderingDirection.Desc))
            .ToArray();
        var project = selector.Body == item ? null : Compile<object?>(item, selector.Body);
        var operatorPredicates = new Dictionary<ResultOperatorBase, Func<object, bool>>();
        foreach (var op in operators)
        {
            if (op is AllResultOperator all)
            {
                operatorPredicates[op] = Compile<bool>(item, SourceReplacer.Replace(all.Predicate, source, item));
            }
        }

        return new CompiledPlan(before, predicate, keys, project, operatorPredicates);
    }

    private static Func<object, T> Compile<T>(ParameterExpression item, Expression body)
    {
        var untyped = Expression.Parameter(typeof(object), "item");
        var typed = Expression.Lambda(NullCollections.Apply(StringSemantics.Apply(body)), item);
        var call = Expression.Invoke(typed, Expression.Convert(untyped, item.Type));
        return Expression.Lambda<Func<object, T>>(Expression.Convert(call, typeof(T)), untyped).Compile();
    }
}
