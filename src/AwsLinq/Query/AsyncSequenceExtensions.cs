using System.Linq.Expressions;
using AwsLinq.Query;

namespace AwsLinq;

/// <summary>
/// AwsLinq's asynchronous terminal operators for a query held as a plain <see cref="IQueryable{T}"/> or
/// <see cref="IEnumerable{T}"/>, where those on <see cref="IAwsQueryable{T}"/> do not apply.
/// </summary>
/// <remarks>
/// <para>
/// An AwsLinq query runs as it does through <see cref="AsyncQueryableExtensions"/>: asynchronously, with the
/// pushdown <c>Explain()</c> shows. Any other sequence gives the result LINQ gives: another provider's query runs
/// through that provider's own operator (EF Core's synchronous one, say), an <see cref="IAsyncEnumerable{T}"/> is
/// enumerated asynchronously, and a collection is read in memory.
/// </para>
/// <para>
/// They extend <see cref="IEnumerable{T}"/> rather than <see cref="IQueryable{T}"/> so that an operator of the same
/// name on <see cref="IQueryable{T}"/>, such as EF Core's, is the better match for a query typed
/// <see cref="IQueryable{T}"/> and there is no ambiguity where both namespaces are imported.
/// </para>
/// </remarks>
public static class AsyncSequenceExtensions
{
    /// <inheritdoc cref="AsyncQueryableExtensions.FirstAsync{T}(IAwsQueryable{T}, CancellationToken)"/>
    public static Task<T> FirstAsync<T>(this IEnumerable<T> source, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, Queryable.First, Enumerable.First, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.FirstAsync{T}(IAwsQueryable{T}, Expression{Func{T, bool}}, CancellationToken)"/>
    public static Task<T> FirstAsync<T>(this IEnumerable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, predicate, Queryable.First, Enumerable.First, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.FirstOrDefaultAsync{T}(IAwsQueryable{T}, CancellationToken)"/>
    public static Task<T?> FirstOrDefaultAsync<T>(this IEnumerable<T> source, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, Queryable.FirstOrDefault, Enumerable.FirstOrDefault, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.FirstOrDefaultAsync{T}(IAwsQueryable{T}, Expression{Func{T, bool}}, CancellationToken)"/>
    public static Task<T?> FirstOrDefaultAsync<T>(this IEnumerable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, predicate, Queryable.FirstOrDefault, Enumerable.FirstOrDefault, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.SingleAsync{T}(IAwsQueryable{T}, CancellationToken)"/>
    public static Task<T> SingleAsync<T>(this IEnumerable<T> source, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, Queryable.Single, Enumerable.Single, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.SingleAsync{T}(IAwsQueryable{T}, Expression{Func{T, bool}}, CancellationToken)"/>
    public static Task<T> SingleAsync<T>(this IEnumerable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, predicate, Queryable.Single, Enumerable.Single, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.SingleOrDefaultAsync{T}(IAwsQueryable{T}, CancellationToken)"/>
    public static Task<T?> SingleOrDefaultAsync<T>(this IEnumerable<T> source, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, Queryable.SingleOrDefault, Enumerable.SingleOrDefault, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.SingleOrDefaultAsync{T}(IAwsQueryable{T}, Expression{Func{T, bool}}, CancellationToken)"/>
    public static Task<T?> SingleOrDefaultAsync<T>(this IEnumerable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, predicate, Queryable.SingleOrDefault, Enumerable.SingleOrDefault, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.AnyAsync{T}(IAwsQueryable{T}, CancellationToken)"/>
    public static Task<bool> AnyAsync<T>(this IEnumerable<T> source, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, Queryable.Any, Enumerable.Any, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.AnyAsync{T}(IAwsQueryable{T}, Expression{Func{T, bool}}, CancellationToken)"/>
    public static Task<bool> AnyAsync<T>(this IEnumerable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, predicate, Queryable.Any, Enumerable.Any, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.AllAsync{T}(IAwsQueryable{T}, Expression{Func{T, bool}}, CancellationToken)"/>
    public static Task<bool> AllAsync<T>(this IEnumerable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, predicate, Queryable.All, Enumerable.All, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.CountAsync{T}(IAwsQueryable{T}, CancellationToken)"/>
    public static Task<int> CountAsync<T>(this IEnumerable<T> source, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, Queryable.Count, Enumerable.Count, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.CountAsync{T}(IAwsQueryable{T}, Expression{Func{T, bool}}, CancellationToken)"/>
    public static Task<int> CountAsync<T>(this IEnumerable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, predicate, Queryable.Count, Enumerable.Count, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.LongCountAsync{T}(IAwsQueryable{T}, CancellationToken)"/>
    public static Task<long> LongCountAsync<T>(this IEnumerable<T> source, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, Queryable.LongCount, Enumerable.LongCount, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.LongCountAsync{T}(IAwsQueryable{T}, Expression{Func{T, bool}}, CancellationToken)"/>
    public static Task<long> LongCountAsync<T>(this IEnumerable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        QueryExecution.RunAsync(source, predicate, Queryable.LongCount, Enumerable.LongCount, cancellationToken);

    /// <inheritdoc cref="AsyncQueryableExtensions.ToListAsync{T}(IAwsQueryable{T}, CancellationToken)"/>
    public static Task<List<T>> ToListAsync<T>(this IEnumerable<T> source, CancellationToken cancellationToken = default) =>
        source switch
        {
            null => throw new ArgumentNullException(nameof(source)),
            IQueryable<T> { Provider: AwsQueryProvider provider } query => CollectAsync(provider.Stream<T>(query.Expression, readsAll: true, cancellationToken), cancellationToken),
            IAsyncEnumerable<T> items => CollectAsync(items, cancellationToken),
            _ => Completed(source.ToList, cancellationToken),
        };

    /// <inheritdoc cref="AsyncQueryableExtensions.ToArrayAsync{T}(IAwsQueryable{T}, CancellationToken)"/>
    public static async Task<T[]> ToArrayAsync<T>(this IEnumerable<T> source, CancellationToken cancellationToken = default) =>
        [.. await ToListAsync(source, cancellationToken).ConfigureAwait(false)];

    /// <summary>
    /// Returns the sequence as an <see cref="IAsyncEnumerable{T}"/>: an AwsLinq query streams page by page, another
    /// asynchronous sequence is returned as it is, and any other sequence is read as it is enumerated.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query, or any other sequence.</param>
    /// <returns>The sequence as an asynchronous stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public static IAsyncEnumerable<T> AsAsyncEnumerable<T>(this IEnumerable<T> source) => source switch
    {
        null => throw new ArgumentNullException(nameof(source)),
        IAsyncEnumerable<T> items => items,
        _ => source.ToAsyncEnumerable(),
    };

    private static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        return items;
    }

    private static Task<TResult> Completed<TResult>(Func<TResult> run, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(run());
    }
}
