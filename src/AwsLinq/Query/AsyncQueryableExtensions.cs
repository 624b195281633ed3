using System.Linq.Expressions;

namespace AwsLinq;

/// <summary>
/// Asynchronous terminal operators for AwsLinq queries. Each sends the listing requests with the
/// <see cref="CancellationToken"/> it is given and never blocks a thread; the synchronous LINQ operators
/// (<c>ToList()</c>, <c>Count()</c>) do the same work but block on it.
/// </summary>
/// <remarks>
/// They take <see cref="IAwsQueryable{T}"/>, the type every AwsLinq chain keeps, so they are a better match than
/// EF Core's operators of the same names (which take <see cref="IQueryable{T}"/>) and never apply to another
/// provider's query; and, as <see cref="IAwsQueryable{T}"/> is no <see cref="IAsyncEnumerable{T}"/>, they do not
/// compete with <c>System.Linq.AsyncEnumerable</c>. For a query held as a plain <see cref="IQueryable{T}"/>,
/// <see cref="AsyncSequenceExtensions"/> has the same operators.
/// </remarks>
public static class AsyncQueryableExtensions
{
    /// <summary>Returns the first item, reading only as many pages as it takes.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The first item.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    /// <exception cref="InvalidOperationException">The query returns no item.</exception>
    public static Task<T> FirstAsync<T>(this IAwsQueryable<T> source, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.FirstAsync(source, cancellationToken);

    /// <summary>Returns the first item that matches <paramref name="predicate"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The first matching item.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    /// <exception cref="InvalidOperationException">The query returns no item.</exception>
    public static Task<T> FirstAsync<T>(this IAwsQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.FirstAsync(source, predicate, cancellationToken);

    /// <summary>Returns the first item, or the default value when there is none.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The first item, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<T?> FirstOrDefaultAsync<T>(this IAwsQueryable<T> source, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.FirstOrDefaultAsync(source, cancellationToken);

    /// <summary>Returns the first item that matches <paramref name="predicate"/>, or the default value.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The first matching item, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<T?> FirstOrDefaultAsync<T>(this IAwsQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.FirstOrDefaultAsync(source, predicate, cancellationToken);

    /// <summary>Returns the only item, reading at most until a second one is found.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The only item.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    /// <exception cref="InvalidOperationException">The query returns no item.</exception>
    /// <exception cref="InvalidOperationException">The query returns more than one item.</exception>
    public static Task<T> SingleAsync<T>(this IAwsQueryable<T> source, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.SingleAsync(source, cancellationToken);

    /// <summary>Returns the only item that matches <paramref name="predicate"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The only matching item.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    /// <exception cref="InvalidOperationException">The query returns no item.</exception>
    /// <exception cref="InvalidOperationException">The query returns more than one item.</exception>
    public static Task<T> SingleAsync<T>(this IAwsQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.SingleAsync(source, predicate, cancellationToken);

    /// <summary>Returns the only item, or the default value when there is none.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The only item, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    /// <exception cref="InvalidOperationException">The query returns more than one item.</exception>
    public static Task<T?> SingleOrDefaultAsync<T>(this IAwsQueryable<T> source, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.SingleOrDefaultAsync(source, cancellationToken);

    /// <summary>Returns the only item that matches <paramref name="predicate"/>, or the default value.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The only matching item, or <see langword="default"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    /// <exception cref="InvalidOperationException">The query returns more than one item.</exception>
    public static Task<T?> SingleOrDefaultAsync<T>(this IAwsQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.SingleOrDefaultAsync(source, predicate, cancellationToken);

    /// <summary>Whether the query returns any item; with nothing filtered in memory, one request of one item.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns><see langword="true"/> when an item exists.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<bool> AnyAsync<T>(this IAwsQueryable<T> source, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.AnyAsync(source, cancellationToken);

    /// <summary>Whether any item matches <paramref name="predicate"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns><see langword="true"/> when a matching item exists.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<bool> AnyAsync<T>(this IAwsQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.AnyAsync(source, predicate, cancellationToken);

    /// <summary>Whether every item matches <paramref name="predicate"/>; stops at the first that does not.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns><see langword="true"/> when no item fails the predicate.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<bool> AllAsync<T>(this IAwsQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.AllAsync(source, predicate, cancellationToken);

    /// <summary>Counts the items, reading every page without keeping items in memory.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The number of items.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<int> CountAsync<T>(this IAwsQueryable<T> source, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.CountAsync(source, cancellationToken);

    /// <summary>Counts the items that match <paramref name="predicate"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The number of matching items.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<int> CountAsync<T>(this IAwsQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.CountAsync(source, predicate, cancellationToken);

    /// <summary>Counts the items as a <see cref="long"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The number of items.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<long> LongCountAsync<T>(this IAwsQueryable<T> source, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.LongCountAsync(source, cancellationToken);

    /// <summary>Counts the items that match <paramref name="predicate"/> as a <see cref="long"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition, translated like a <c>Where</c>.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The number of matching items.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<long> LongCountAsync<T>(this IAwsQueryable<T> source, Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.LongCountAsync(source, predicate, cancellationToken);

    /// <summary>Runs the query and collects its results into a list.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<List<T>> ToListAsync<T>(this IAwsQueryable<T> source, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.ToListAsync(source, cancellationToken);

    /// <summary>Runs the query and collects its results into an array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="cancellationToken">Passed to every AWS call.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled; no further request is sent.</exception>
    public static Task<T[]> ToArrayAsync<T>(this IAwsQueryable<T> source, CancellationToken cancellationToken = default) =>
        AsyncSequenceExtensions.ToArrayAsync(source, cancellationToken);
}
