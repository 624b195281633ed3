using System.Linq.Expressions;

namespace AwsLinq.Query;

/// <summary>
/// Runs one terminal operator for the async operators: asynchronously through AwsLinq on an AwsLinq query, and as
/// LINQ would on any other sequence. The operator is named by a delegate to its <see cref="Queryable"/> method,
/// whose <see cref="Delegate.Method"/> is the exact method the planner matches, with no reflection lookup.
/// </summary>
internal static class QueryExecution
{
    public static Task<TResult> RunAsync<T, TResult>(
        IEnumerable<T> source, Func<IQueryable<T>, TResult> query, Func<IEnumerable<T>, TResult> inMemory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source is IQueryable<T> { Provider: AwsQueryProvider provider } aws)
        {
            return provider.ExecuteAsync<TResult>(Expression.Call(null, query.Method, aws.Expression), cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(source is IQueryable<T> other ? query(other) : inMemory(source));
    }

    public static Task<TResult> RunAsync<T, TResult>(
        IEnumerable<T> source,
        Expression<Func<T, bool>> predicate,
        Func<IQueryable<T>, Expression<Func<T, bool>>, TResult> query,
        Func<IEnumerable<T>, Func<T, bool>, TResult> inMemory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(predicate);
        if (source is IQueryable<T> { Provider: AwsQueryProvider provider } aws)
        {
            return provider.ExecuteAsync<TResult>(Expression.Call(null, query.Method, aws.Expression, Expression.Quote(predicate)), cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(source is IQueryable<T> other ? query(other, predicate) : inMemory(source, predicate.Compile()));
    }
}
