using System.Linq.Expressions;

namespace AwsLinq.Providers;

/// <summary>A resource's translation of a query: what each predicate became, and the listings to run.</summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public sealed class ResourceTranslation<TItem>
    where TItem : class
{
    private readonly Func<ListingLimits, IReadOnlyList<ListingSegment<TItem>>> _segments;

    /// <summary>Initializes a translation.</summary>
    /// <param name="pushdown">For each predicate of the <see cref="ResourceQuery{TItem}"/>, in order, how far it was pushed down.</param>
    /// <param name="segments">
    /// Creates the listings to run, in the order their items are returned, for the page size and item limit the
    /// query allows. An empty list means the query can match nothing and no request is sent.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ResourceTranslation(IReadOnlyList<Pushdown> pushdown, Func<ListingLimits, IReadOnlyList<ListingSegment<TItem>>> segments)
    {
        ArgumentNullException.ThrowIfNull(pushdown);
        ArgumentNullException.ThrowIfNull(segments);
        Pushdown = pushdown;
        _segments = segments;
    }

    /// <summary>Gets, for each predicate, how far it was pushed down.</summary>
    public IReadOnlyList<Pushdown> Pushdown { get; }

    /// <summary>
    /// Gets a condition that ends the whole listing at the first item that meets it, because no later item can
    /// match (for example an upper bound on a key the service lists in order). Where the segments name their
    /// <see cref="ListingSegment{TItem}.Source"/>, it ends the segments of that source only.
    /// </summary>
    public Expression<Func<TItem, bool>>? StopWhen { get; init; }

    /// <summary>
    /// Gets the identity of an item, when the listings may return the same item twice (one query split into
    /// several listings whose filters overlap): each item is then returned once, from the first listing.
    /// </summary>
    public Func<TItem, string>? DistinctBy { get; init; }

    /// <summary>A translation that sends nothing: the predicates cannot match any item.</summary>
    /// <param name="pushdown">How far each predicate was pushed down.</param>
    /// <returns>The translation.</returns>
    public static ResourceTranslation<TItem> MatchesNothing(IReadOnlyList<Pushdown> pushdown) => new(pushdown, _ => []);

    /// <summary>Creates the listings to run.</summary>
    /// <param name="limits">The page size and item limit the query allows.</param>
    /// <returns>The listings, in the order their items are returned.</returns>
    public IReadOnlyList<ListingSegment<TItem>> CreateSegments(ListingLimits limits) => _segments(limits);
}
