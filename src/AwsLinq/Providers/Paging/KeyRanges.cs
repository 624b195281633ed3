namespace AwsLinq.Providers;

/// <summary>
/// Declares that a listing in key order can start after any key: with <c>WithDegreeOfParallelism</c>, the core then
/// splits it into key ranges, lists them at once and returns their items in key order, as the one listing would.
/// Needs the resource's <see cref="AwsResource{TItem}.Order"/>, by code point (UTF-8 byte) order.
/// </summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public sealed class KeyRanges<TItem>
{
    /// <summary>Initializes the declaration.</summary>
    /// <param name="prefix">What every key of the listing starts with (empty for none): split points stay under it.</param>
    /// <param name="listing">
    /// The same listing, with the same parameters, narrowed to the keys under a prefix that starts with
    /// <paramref name="prefix"/>, from just after a key (S3's <c>StartAfter</c>), or from its start when the key is
    /// <see langword="null"/>.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public KeyRanges(string prefix, Func<string, string?, ListingSegment<TItem>> listing)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(listing);
        Prefix = prefix;
        Listing = listing;
    }

    /// <summary>Gets what every key of the listing starts with.</summary>
    public string Prefix { get; }

    /// <summary>Gets the listing of the keys under a prefix, from just after a key.</summary>
    public Func<string, string?, ListingSegment<TItem>> Listing { get; }

    /// <summary>Gets or initializes the key the listing starts after, if it does not start at its prefix.</summary>
    public string? StartAfter { get; init; }

    /// <summary>
    /// Gets or initializes how the keys directly under a prefix are listed with their folders, where the service can
    /// (S3's <c>Delimiter</c>): the core then splits the listing where its folders part, before it lists any range.
    /// </summary>
    public KeyFolders<TItem>? Folders { get; init; }
}

/// <summary>
/// Declares a listing of the entries directly under a prefix: its items whose keys have no delimiter after the
/// prefix, and one folder for each distinct key part that runs up to the next delimiter (S3's common prefixes).
/// </summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public sealed class KeyFolders<TItem>
{
    /// <summary>Initializes the declaration.</summary>
    /// <param name="delimiter">What separates folders in keys, such as <c>/</c>.</param>
    /// <param name="entriesUnder">
    /// The listing of the entries directly under a prefix, from just after a key (or from the prefix's start when it
    /// is <see langword="null"/>), in key order, folders by their prefix.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="delimiter"/> is empty.</exception>
    public KeyFolders(string delimiter, Func<string, string?, ListingSegment<KeyEntry<TItem>>> entriesUnder)
    {
        ArgumentException.ThrowIfNullOrEmpty(delimiter);
        ArgumentNullException.ThrowIfNull(entriesUnder);
        Delimiter = delimiter;
        EntriesUnder = entriesUnder;
    }

    /// <summary>Gets what separates folders in keys.</summary>
    public string Delimiter { get; }

    /// <summary>Gets the listing of the entries directly under a prefix, from just after a key.</summary>
    public Func<string, string?, ListingSegment<KeyEntry<TItem>>> EntriesUnder { get; }
}

/// <summary>One entry of a listing with a delimiter: an item, or a folder that holds items.</summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public sealed class KeyEntry<TItem>
{
    /// <summary>Initializes an entry.</summary>
    /// <param name="key">The item's key, or the folder's prefix, which ends with the delimiter.</param>
    /// <param name="item">The item; <see langword="null"/> for a folder.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public KeyEntry(string key, TItem? item)
    {
        ArgumentNullException.ThrowIfNull(key);
        Key = key;
        Item = item;
    }

    /// <summary>Gets the item's key, or the folder's prefix.</summary>
    public string Key { get; }

    /// <summary>Gets the item; <see langword="null"/> for a folder.</summary>
    public TItem? Item { get; }
}
