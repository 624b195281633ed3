using System.Linq.Expressions;

namespace AwsLinq.Providers;

/// <summary>
/// One reusable piece of a resource's translation: it recognises predicates of one shape and collects what they
/// become in the request (a prefix, a filter, a bound).
/// </summary>
public interface IPredicatePushdown
{
    /// <summary>Takes <paramref name="predicate"/> into the request if it has this piece's shape.</summary>
    /// <param name="predicate">One ANDed predicate's body, over <paramref name="item"/>, with captured values already constants.</param>
    /// <param name="item">The lambda parameter.</param>
    /// <returns>How far the predicate is pushed down, or <see langword="null"/> when this piece does not take it.</returns>
    Pushdown? TryAdd(Expression predicate, ParameterExpression item);
}
