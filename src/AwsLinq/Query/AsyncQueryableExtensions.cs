using System.Linq.Expressions;
using AwsLinq.Query;

namespace AwsLinq;

/// <summary>
/// Asynchronous terminal operators for AwsLinq queries. Each sends the listing requests with the
/// <see cref="CancellationToken"/> it is given and never blocks a thread; the synchronous LINQ operators
/// (<c>ToList()</c>, <c>Count()</c>) do the same work but block on it.
/// </summary>
/// <remarks>
/// They take <see cref="IQueryable{T}"/>, so they do not compete with .NET's own operators for
/// <see cref="IAsyncEnumerable{T}"/> in overload resolution.
/// </remarks>
public static class AsyncQueryableExtensions
{
    /// <summary>Returns the first item, reading only as many pages as it takes.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The first item.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    /// <exception cref="InvalidOperationException">The query returns no item.</exception>
    public static Task<T> FirstAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        return provider.ExecuteAsync<T>(Expression.Call(null, QueryableMethods.First.MakeGenericMethod(typeof(T)), source.Expression), cancellationToken);
    }

    /// <summary>Returns the first item that matches <paramref name="predicate"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The first matching item.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    /// <exception cref="InvalidOperationException">The query returns no item.</exception>
    public static Task<T> FirstAsync<T>(this IQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return provider.ExecuteAsync<T>(Expression.Call(null, QueryableMethods.FirstWithPredicate.MakeGenericMethod(typeof(T)), source.Expression, predicate), cancellationToken);
    }

    /// <summary>Returns the first item, or the default value when there is none.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The first item, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<T?> FirstOrDefaultAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        return provider.ExecuteAsync<T?>(Expression.Call(null, QueryableMethods.FirstOrDefault.MakeGenericMethod(typeof(T)), source.Expression), cancellationToken);
    }

    /// <summary>Returns the first item that matches <paramref name="predicate"/>, or the default value.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The first matching item, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<T?> FirstOrDefaultAsync<T>(this IQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return provider.ExecuteAsync<T?>(Expression.Call(null, QueryableMethods.FirstOrDefaultWithPredicate.MakeGenericMethod(typeof(T)), source.Expression, predicate), cancellationToken);
    }

    /// <summary>Returns the only item, reading at most until a second one is found.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The only item.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    /// <exception cref="InvalidOperationException">The query returns no item.</exception>
    /// <exception cref="InvalidOperationException">The query returns more than one item.</exception>
    public static Task<T> SingleAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        return provider.ExecuteAsync<T>(Expression.Call(null, QueryableMethods.Single.MakeGenericMethod(typeof(T)), source.Expression), cancellationToken);
    }

    /// <summary>Returns the only item that matches <paramref name="predicate"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The only matching item.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    /// <exception cref="InvalidOperationException">The query returns no item.</exception>
    /// <exception cref="InvalidOperationException">The query returns more than one item.</exception>
    public static Task<T> SingleAsync<T>(this IQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return provider.ExecuteAsync<T>(Expression.Call(null, QueryableMethods.SingleWithPredicate.MakeGenericMethod(typeof(T)), source.Expression, predicate), cancellationToken);
    }

    /// <summary>Returns the only item, or the default value when there is none.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The only item, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    /// <exception cref="InvalidOperationException">The query returns more than one item.</exception>
    public static Task<T?> SingleOrDefaultAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        return provider.ExecuteAsync<T?>(Expression.Call(null, QueryableMethods.SingleOrDefault.MakeGenericMethod(typeof(T)), source.Expression), cancellationToken);
    }

    /// <summary>Returns the only item that matches <paramref name="predicate"/>, or the default value.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The only matching item, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    /// <exception cref="InvalidOperationException">The query returns more than one item.</exception>
    public static Task<T?> SingleOrDefaultAsync<T>(this IQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return provider.ExecuteAsync<T?>(Expression.Call(null, QueryableMethods.SingleOrDefaultWithPredicate.MakeGenericMethod(typeof(T)), source.Expression, predicate), cancellationToken);
    }

    /// <summary>Whether the query returns any item; with nothing filtered in memory, one request of one item.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns><see langword="true"/> when an item exists.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<bool> AnyAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        return provider.ExecuteAsync<bool>(Expression.Call(null, QueryableMethods.Any.MakeGenericMethod(typeof(T)), source.Expression), cancellationToken);
    }

    /// <summary>Whether any item matches <paramref name="predicate"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns><see langword="true"/> when a matching item exists.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<bool> AnyAsync<T>(this IQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return provider.ExecuteAsync<bool>(Expression.Call(null, QueryableMethods.AnyWithPredicate.MakeGenericMethod(typeof(T)), source.Expression, predicate), cancellationToken);
    }

    /// <summary>Whether every item matches <paramref name="predicate"/>; stops at the first that does not.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns><see langword="true"/> when no item fails the predicate.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<bool> AllAsync<T>(this IQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return provider.ExecuteAsync<bool>(Expression.Call(null, QueryableMethods.All.MakeGenericMethod(typeof(T)), source.Expression, predicate), cancellationToken);
    }

    /// <summary>Counts the items, reading every page without keeping items in memory.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The number of items.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<int> CountAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        return provider.ExecuteAsync<int>(Expression.Call(null, QueryableMethods.Count.MakeGenericMethod(typeof(T)), source.Expression), cancellationToken);
    }

    /// <summary>Counts the items that match <paramref name="predicate"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The number of matching items.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<int> CountAsync<T>(this IQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return provider.ExecuteAsync<int>(Expression.Call(null, QueryableMethods.CountWithPredicate.MakeGenericMethod(typeof(T)), source.Expression, predicate), cancellationToken);
    }

    /// <summary>Counts the items as a <see cref="long"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The number of items.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<long> LongCountAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        return provider.ExecuteAsync<long>(Expression.Call(null, QueryableMethods.LongCount.MakeGenericMethod(typeof(T)), source.Expression), cancellationToken);
    }

    /// <summary>Counts the items that match <paramref name="predicate"/> as a <see cref="long"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The number of matching items.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<long> LongCountAsync<T>(this IQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default)
    {
        var provider = AwsQueryableExtensions.ProviderOf(source);
        ArgumentNullException.ThrowIfNull(predicate);
        return provider.ExecuteAsync<long>(Expression.Call(null, QueryableMethods.LongCountWithPredicate.MakeGenericMethod(typeof(T)), source.Expression, predicate), cancellationToken);
    }

    /// <summary>Runs the query and collects its results into a list.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static async Task<List<T>> ToListAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default)
    {
        var items = new List<T>();
        await foreach (var item in source.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>Runs the query and collects its results into an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an AwsLinq query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static async Task<T[]> ToArrayAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default) =>
        [.. await source.ToListAsync(cancellationToken).ConfigureAwait(false)];
}
