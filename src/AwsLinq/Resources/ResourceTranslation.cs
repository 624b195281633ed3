using System.Linq.Expressions;

namespace AwsLinq;

/// <summary>A resource's translation of a query: what each predicate became, and the requests to send.</summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public abstract class ResourceTranslation<TItem>
{
    /// <summary>Initializes a translation.</summary>
    /// <param name="pushdown">For each predicate of the <see cref="ResourceQuery{TItem}"/>, in order, how far it was pushed down.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pushdown"/> is <see langword="null"/>.</exception>
    protected ResourceTranslation(IReadOnlyList<Pushdown> pushdown)
    {
        ArgumentNullException.ThrowIfNull(pushdown);
        Pushdown = pushdown;
    }

    /// <summary>Gets, for each predicate, how far it was pushed down.</summary>
    public IReadOnlyList<Pushdown> Pushdown { get; }

    /// <summary>
    /// Gets a condition that ends the whole listing at the first item that meets it, because no later
    /// item can match (for example an upper bound on a key the service lists in order).
    /// </summary>
    public virtual Expression<Func<TItem, bool>>? StopWhen => null;

    /// <summary>Gets the per-item calls the query makes after the listing, described for plans.</summary>
    public virtual IReadOnlyList<string> FollowUps => [];

    /// <summary>
    /// Creates the listings to run, in the order their items are returned. An empty list means the
    /// query can match nothing and no request is sent.
    /// </summary>
    /// <param name="limits">The page size and item limit the query allows.</param>
    /// <returns>The listings; each one is paged through in turn.</returns>
    public abstract IReadOnlyList<ListingSegment<TItem>> CreateSegments(ListingLimits limits);
}
