using System.Linq.Expressions;

namespace AwsLinq;

/// <summary>A resource's translation of a query: what each predicate became, and the requests to send.</summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public abstract class ResourceTranslation<TItem>
    where TItem : class
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

    /// <summary>
    /// Gets the call made for each listed item that reaches it, when the query reads what the listing does not
    /// return; <see langword="null"/> when it needs none.
    /// </summary>
    public virtual ItemFollowUp<TItem>? FollowUp => null;

    /// <summary>
    /// Whether the predicate at <paramref name="index"/> reads what <see cref="FollowUp"/> fills in. Predicates that
    /// do not run before the follow-up, so that it is made only for items that pass them.
    /// </summary>
    /// <param name="index">The predicate's position in <see cref="ResourceQuery{TItem}.Predicates"/>.</param>
    /// <returns><see langword="true"/> when the predicate needs the follow-up.</returns>
    public virtual bool NeedsFollowUp(int index) => true;

    /// <summary>
    /// Creates the listings to run, in the order their items are returned. An empty list means the
    /// query can match nothing and no request is sent.
    /// </summary>
    /// <param name="limits">The page size and item limit the query allows.</param>
    /// <returns>The listings; each one is paged through in turn.</returns>
    public abstract IReadOnlyList<ListingSegment<TItem>> CreateSegments(ListingLimits limits);
}
