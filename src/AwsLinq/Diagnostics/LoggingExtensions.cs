using System.Linq.Expressions;
using AwsLinq.Query;

namespace AwsLinq;

/// <content>The logging hint.</content>
public static partial class AwsQueryableExtensions
{
    /// <summary>
    /// Sets where the query logs: its plan at Debug when it starts, and a warning when it ends having evaluated
    /// predicates in memory over more than <see cref="QueryLogging.InMemoryWarningThreshold"/> items. Results do not
    /// change. A query of another provider is returned unchanged.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query, or any other query (returned as it is).</param>
    /// <param name="logging">The logger and the warning threshold.</param>
    /// <returns>The query with its logging set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="logging"/> is <see langword="null"/>.</exception>
    public static IQueryable<T> WithLogging<T>(this IQueryable<T> source, QueryLogging logging)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(logging);
        return source.Provider is AwsQueryProvider provider
            ? provider.CreateQuery<T>(Expression.Call(null, new Func<IQueryable<T>, QueryLogging, IQueryable<T>>(WithLogging).Method, source.Expression, Expression.Constant(logging)))
            : source;
    }
}
