namespace AwsLinq;

/// <summary>
/// A listing failed on one page with transient errors (5xx answers, throttling, dropped connections) more often
/// than its <see cref="ListingPolicy"/> allows. The items read before that page were all delivered, in order.
/// </summary>
public sealed class ListingInterruptedException : Exception
{
    internal ListingInterruptedException(string listing, int page, int attempts, long itemsRead, Exception lastError, (string Member, string Key)? resumeAfter)
        : base(
            $"{listing} failed on page {page} {Attempts(attempts)}, after {itemsRead} item{(itemsRead == 1 ? string.Empty : "s")} had been read: {lastError.Message} " +
            "The service or the network kept failing; run the query again later" +
            (resumeAfter is { } resume ? $" (to go on after the last item read, add .Where(x => x.{resume.Member}.CompareTo(\"{Escape(resume.Key)}\") > 0))" : string.Empty) +
            ", or allow more attempts per page with WithListingPolicy(new ListingPolicy { MaxPageAttempts = ... }).",
            lastError)
    {
        Listing = listing;
        Page = page;
        ItemsRead = itemsRead;
        ResumeAfter = resumeAfter?.Key;
    }

    /// <summary>Gets the listing and where it was sent, as the message names them.</summary>
    internal string Listing { get; }

    /// <summary>Gets the page that failed, counted from 1 within its listing.</summary>
    public int Page { get; }

    /// <summary>Gets how many items the listing had read (and delivered) before the page that failed.</summary>
    public long ItemsRead { get; }

    /// <summary>
    /// Gets the key of the last item read, for a listing in a guaranteed order (S3 keys): a query that adds
    /// <c>x.Key.CompareTo(ResumeAfter) &gt; 0</c> goes on from there. <see langword="null"/> for other listings, or
    /// when no item was read.
    /// </summary>
    public string? ResumeAfter { get; }

    private static string Escape(string key) => key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string Attempts(int attempts) => attempts == 1 ? "at its only attempt" : $"at each of {attempts} attempts";
}
