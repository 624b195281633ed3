using System.Linq.Expressions;

namespace AwsLinq;

/// <summary>
/// The LINQ operators AwsLinq translates, on <see cref="IAwsQueryable{T}"/>: each builds the same
/// <see cref="Queryable"/> call and keeps the query an <see cref="IAwsQueryable{T}"/>, so that the terminal
/// operators after it (<c>ToListAsync</c>, <c>CountAsync</c>...) bind to AwsLinq's and not to those another
/// library adds to every <see cref="IQueryable{T}"/>. Query syntax (<c>from o in s3.Objects(b) where ...</c>)
/// binds to them too.
/// </summary>
public static class AwsQueryableOperators
{
    /// <summary>Filters the query; the service filters what it can, the rest runs in memory (see <c>Explain()</c>).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="predicate">The condition each item must meet.</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IAwsQueryable<T> Where<T>(this IAwsQueryable<T> source, Expression<Func<T, bool>> predicate) =>
        Aws(Queryable.Where(source, predicate));

    /// <summary>Projects each item; the members the projection reads decide which follow-up calls are made.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">The projected type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="selector">The projection.</param>
    /// <returns>The projected query.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IAwsQueryable<TResult> Select<TSource, TResult>(this IAwsQueryable<TSource> source, Expression<Func<TSource, TResult>> selector) =>
        Aws(Queryable.Select(source, selector));

    /// <summary>Returns at most <paramref name="count"/> items and stops paging once it has them.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="count">The number of items to return.</param>
    /// <returns>The limited query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<T> Take<T>(this IAwsQueryable<T> source, int count) => Aws(Queryable.Take(source, count));

    /// <summary>Skips the first <paramref name="count"/> items, in memory: no AWS listing can start at an offset.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="count">The number of items to skip.</param>
    /// <returns>The query without its first items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<T> Skip<T>(this IAwsQueryable<T> source, int count) => Aws(Queryable.Skip(source, count));

    /// <summary>Removes duplicate items, in memory.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <returns>The query without duplicates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<T> Distinct<T>(this IAwsQueryable<T> source) => Aws(Queryable.Distinct(source));

    /// <summary>Orders the results; ordering by the listing's own order (S3 keys) sorts nothing.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="keySelector">The ordering key.</param>
    /// <returns>The ordered query.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IOrderedAwsQueryable<T> OrderBy<T, TKey>(this IAwsQueryable<T> source, Expression<Func<T, TKey>> keySelector) =>
        Ordered(Queryable.OrderBy(source, keySelector));

    /// <inheritdoc cref="OrderBy{T, TKey}(IAwsQueryable{T}, Expression{Func{T, TKey}})"/>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="keySelector">The ordering key.</param>
    /// <param name="comparer">How keys compare.</param>
    public static IOrderedAwsQueryable<T> OrderBy<T, TKey>(this IAwsQueryable<T> source, Expression<Func<T, TKey>> keySelector, IComparer<TKey>? comparer) =>
        Ordered(Queryable.OrderBy(source, keySelector, comparer));

    /// <summary>Orders the results in descending order of the key, in memory.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="keySelector">The ordering key.</param>
    /// <returns>The ordered query.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IOrderedAwsQueryable<T> OrderByDescending<T, TKey>(this IAwsQueryable<T> source, Expression<Func<T, TKey>> keySelector) =>
        Ordered(Queryable.OrderByDescending(source, keySelector));

    /// <inheritdoc cref="OrderByDescending{T, TKey}(IAwsQueryable{T}, Expression{Func{T, TKey}})"/>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="keySelector">The ordering key.</param>
    /// <param name="comparer">How keys compare.</param>
    public static IOrderedAwsQueryable<T> OrderByDescending<T, TKey>(this IAwsQueryable<T> source, Expression<Func<T, TKey>> keySelector, IComparer<TKey>? comparer) =>
        Ordered(Queryable.OrderByDescending(source, keySelector, comparer));

    /// <summary>Orders items with equal keys by a further key.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">An ordered AwsLinq query.</param>
    /// <param name="keySelector">The further ordering key.</param>
    /// <returns>The ordered query.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IOrderedAwsQueryable<T> ThenBy<T, TKey>(this IOrderedAwsQueryable<T> source, Expression<Func<T, TKey>> keySelector) =>
        Ordered(Queryable.ThenBy(source, keySelector));

    /// <inheritdoc cref="ThenBy{T, TKey}(IOrderedAwsQueryable{T}, Expression{Func{T, TKey}})"/>
    /// <param name="source">An ordered AwsLinq query.</param>
    /// <param name="keySelector">The further ordering key.</param>
    /// <param name="comparer">How keys compare.</param>
    public static IOrderedAwsQueryable<T> ThenBy<T, TKey>(this IOrderedAwsQueryable<T> source, Expression<Func<T, TKey>> keySelector, IComparer<TKey>? comparer) =>
        Ordered(Queryable.ThenBy(source, keySelector, comparer));

    /// <summary>Orders items with equal keys by a further key, descending.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">An ordered AwsLinq query.</param>
    /// <param name="keySelector">The further ordering key.</param>
    /// <returns>The ordered query.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IOrderedAwsQueryable<T> ThenByDescending<T, TKey>(this IOrderedAwsQueryable<T> source, Expression<Func<T, TKey>> keySelector) =>
        Ordered(Queryable.ThenByDescending(source, keySelector));

    /// <inheritdoc cref="ThenByDescending{T, TKey}(IOrderedAwsQueryable{T}, Expression{Func{T, TKey}})"/>
    /// <param name="source">An ordered AwsLinq query.</param>
    /// <param name="keySelector">The further ordering key.</param>
    /// <param name="comparer">How keys compare.</param>
    public static IOrderedAwsQueryable<T> ThenByDescending<T, TKey>(this IOrderedAwsQueryable<T> source, Expression<Func<T, TKey>> keySelector, IComparer<TKey>? comparer) =>
        Ordered(Queryable.ThenByDescending(source, keySelector, comparer));

    /// <inheritdoc cref="AwsQueryableExtensions.WithPageSize{T}(IQueryable{T}, int)"/>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="pageSize">The items per page, within the range the service accepts.</param>
    public static IAwsQueryable<T> WithPageSize<T>(this IAwsQueryable<T> source, int pageSize) =>
        Aws(AwsQueryableExtensions.WithPageSize(source, pageSize));

    /// <inheritdoc cref="AwsQueryableExtensions.WithListingPolicy{T}(IQueryable{T}, ListingPolicy)"/>
    public static IAwsQueryable<T> WithListingPolicy<T>(this IAwsQueryable<T> source, ListingPolicy policy) =>
        Aws(AwsQueryableExtensions.WithListingPolicy(source, policy));

    /// <inheritdoc cref="AwsQueryableExtensions.WithLogging{T}(IQueryable{T}, QueryLogging)"/>
    public static IAwsQueryable<T> WithLogging<T>(this IAwsQueryable<T> source, QueryLogging logging) =>
        Aws(AwsQueryableExtensions.WithLogging(source, logging));

    /// <inheritdoc cref="AwsQueryableExtensions.ServerSideOnly{T}(IQueryable{T})"/>
    /// <param name="source">An AwsLinq query.</param>
    public static IAwsQueryable<T> ServerSideOnly<T>(this IAwsQueryable<T> source) => Aws(AwsQueryableExtensions.ServerSideOnly(source));

    /// <inheritdoc cref="AwsQueryableExtensions.WithDegreeOfParallelism{T}(IQueryable{T}, int)"/>
    public static IAwsQueryable<T> WithDegreeOfParallelism<T>(this IAwsQueryable<T> source, int degreeOfParallelism) =>
        Aws(AwsQueryableExtensions.WithDegreeOfParallelism(source, degreeOfParallelism));

    /// <inheritdoc cref="AwsQueryableExtensions.WithPrefetch{T}(IQueryable{T})"/>
    public static IAwsQueryable<T> WithPrefetch<T>(this IAwsQueryable<T> source) => Aws(AwsQueryableExtensions.WithPrefetch(source));

    // The provider creates every query as an AwsQueryable<T>, which is both interfaces.
    internal static IAwsQueryable<T> Aws<T>(IQueryable<T> query) => (IAwsQueryable<T>)query;

    private static IOrderedAwsQueryable<T> Ordered<T>(IQueryable<T> query) => (IOrderedAwsQueryable<T>)query;
}
