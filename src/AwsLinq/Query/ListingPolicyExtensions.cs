using System.Linq.Expressions;
using AwsLinq.Query;

namespace AwsLinq;

/// <content>The reliability hint.</content>
public static partial class AwsQueryableExtensions
{
    /// <summary>
    /// Sets how hard the query's listings try before giving up: attempts per page on top of the SDK's own retries,
    /// their backoff, and how many empty pages in a row the service may send. Results do not change. A query of
    /// another provider is returned unchanged.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query, or any other query (returned as it is).</param>
    /// <param name="policy">The policy; <see cref="ListingPolicy.Default"/> applies to queries that set none.</param>
    /// <returns>The query with the policy set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    public static IQueryable<T> WithListingPolicy<T>(this IQueryable<T> source, ListingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(policy);
        if (source.Provider is not AwsQueryProvider provider)
        {
            return source;
        }

        return provider.CreateQuery<T>(Expression.Call(null, new Func<IQueryable<T>, ListingPolicy, IQueryable<T>>(WithListingPolicy).Method, source.Expression, Expression.Constant(policy)));
    }
}
