namespace AwsLinq;

/// <summary>One paginated listing: a request and the pages it yields.</summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public sealed class ListingSegment<TItem>
{
    /// <summary>Initializes a listing.</summary>
    /// <param name="parameters">The request parameters, by their AWS names, as shown in plans.</param>
    /// <param name="pages">
    /// Starts the listing: builds a new request (SDK paginators write tokens back into it) and returns its pages.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ListingSegment(IReadOnlyList<KeyValuePair<string, string>> parameters, Func<CancellationToken, IAsyncEnumerable<ResourcePage<TItem>>> pages)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(pages);
        Parameters = parameters;
        Pages = pages;
    }

    /// <summary>Gets the request parameters, by their AWS names.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>Gets the function that starts the listing.</summary>
    public Func<CancellationToken, IAsyncEnumerable<ResourcePage<TItem>>> Pages { get; }

    /// <summary>Gets the number of items after which this listing stops, if it is bounded.</summary>
    public int? MaxItems { get; init; }

    /// <summary>Gets a filter for the items of this listing, where it returns items of others too.</summary>
    public Func<TItem, bool>? Accept { get; init; }
}
