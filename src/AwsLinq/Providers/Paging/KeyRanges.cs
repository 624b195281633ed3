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
    /// <param name="startingAfter">The same listing, with the same parameters, from just after a key (S3's <c>StartAfter</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public KeyRanges(string prefix, Func<string, ListingSegment<TItem>> startingAfter)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(startingAfter);
        Prefix = prefix;
        StartingAfter = startingAfter;
    }

    /// <summary>Gets what every key of the listing starts with.</summary>
    public string Prefix { get; }

    /// <summary>Gets the listing from just after a key.</summary>
    public Func<string, ListingSegment<TItem>> StartingAfter { get; }
}
