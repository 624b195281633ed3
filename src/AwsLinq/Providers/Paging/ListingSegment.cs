namespace AwsLinq.Providers;

/// <summary>One paginated listing: its request parameters and how its pages are fetched. Created by <see cref="ListingOperation{TRequest, TResponse, TItem}.Segment"/>.</summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public sealed record ListingSegment<TItem>
{
    internal ListingSegment(IReadOnlyList<KeyValuePair<string, string>> parameters, IPageSource<TItem> pages)
    {
        Parameters = parameters;
        Pages = pages;
    }

    /// <summary>Gets the request parameters, by their AWS names, as plans show them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>Gets the number of items after which this listing stops, if it is bounded.</summary>
    public int? MaxItems { get; init; }

    /// <summary>Gets a filter for the items of this listing, where it returns items of others too.</summary>
    public Func<TItem, bool>? Accept { get; init; }

    /// <summary>
    /// Gets how the listing can be split into key ranges listed at once, when the service can start it after any key;
    /// <see langword="null"/> when it cannot.
    /// </summary>
    public KeyRanges<TItem>? Ranges { get; init; }

    /// <summary>
    /// Gets the source the segment lists, as errors name it (<c>bucket 'logs'</c>), where a translation lists several
    /// sources one after another, each in the resource's <see cref="AwsResource{TItem}.Order"/> on its own (the objects
    /// of several buckets); <see langword="null"/> for one source. Then <see cref="ResourceTranslation{TItem}.StopWhen"/>
    /// ends the segments of the same source only, the order is checked within each segment, and an interrupted
    /// listing names the source its page counts in and no key to resume after, since a key alone does not say where.
    /// </summary>
    public string? Source { get; init; }

    internal IPageSource<TItem> Pages { get; }

    /// <summary>Where this listing is sent, as errors name it, when that is not the resource's endpoint (one region of several).</summary>
    internal string? Origin { get; init; }

    /// <summary>The listing's description as errors give it, with the segment's source where it has one.</summary>
    internal string Named(string listing) => Source is null ? listing : $"{listing} ({Source})";
}
