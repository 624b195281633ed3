using System.Linq.Expressions;
using AwsLinq.Query;

namespace AwsLinq;

/// <content>The hints that change how many requests a query has in flight, never its results.</content>
public static partial class AwsQueryableExtensions
{
    /// <summary>The most requests one query may have in flight with <see cref="WithDegreeOfParallelism{T}"/>.</summary>
    public const int MaxDegreeOfParallelism = 64;

    /// <summary>
    /// Allows up to <paramref name="degreeOfParallelism"/> requests in flight for the query, as PLINQ's operator of
    /// the same name allows threads. Several listings (ORed prefixes, id lists split across requests) are listed at
    /// once, an S3 listing is split into key ranges listed at once (read whole, it is first cut where its folders part,
    /// found with <c>Delimiter=/</c> listings), and batch actions keep as many calls in flight;
    /// items still come in the order one listing after the other gives them, so results do not change. The extra
    /// requests it can cost are described in docs/performance.md. A query of another provider is returned unchanged.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query, or any other query (returned as it is).</param>
    /// <param name="degreeOfParallelism">From 1 (one request at a time, the default) to <see cref="MaxDegreeOfParallelism"/>.</param>
    /// <returns>The query with the degree of parallelism set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is below 1 or above <see cref="MaxDegreeOfParallelism"/>.</exception>
    public static IQueryable<T> WithDegreeOfParallelism<T>(this IQueryable<T> source, int degreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (degreeOfParallelism is < 1 or > MaxDegreeOfParallelism)
        {
            throw new ArgumentOutOfRangeException(
                nameof(degreeOfParallelism),
                degreeOfParallelism,
                $"The degree of parallelism is the number of requests the query may have in flight at once: from 1 (one at a time) to {MaxDegreeOfParallelism}, not {degreeOfParallelism}.");
        }

        return source.Provider is AwsQueryProvider provider
            ? provider.CreateQuery<T>(Expression.Call(null, new Func<IQueryable<T>, int, IQueryable<T>>(WithDegreeOfParallelism).Method, source.Expression, Expression.Constant(degreeOfParallelism)))
            : source;
    }

    /// <summary>
    /// Asks for each next page while the items of the one before are being used, one page ahead, even where the query
    /// may stop early and the page asked for ahead may go unused. A query that reads its whole listing (<c>CountAsync</c>,
    /// <c>ToListAsync</c> without <c>Take</c>, a batch action) does so without this hint. A query of another provider is
    /// returned unchanged.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query, or any other query (returned as it is).</param>
    /// <returns>The query with prefetch on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public static IQueryable<T> WithPrefetch<T>(this IQueryable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Provider is AwsQueryProvider provider
            ? provider.CreateQuery<T>(Expression.Call(null, new Func<IQueryable<T>, IQueryable<T>>(WithPrefetch).Method, source.Expression))
            : source;
    }
}
