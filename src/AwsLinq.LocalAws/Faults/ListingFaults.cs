namespace AwsLinq.LocalAws.Faults;

/// <summary>The misbehaviours of a paged listing, and how they change a page's order and next token.</summary>
internal static class ListingFaults
{
    public static readonly LocalFault[] All =
    [
        LocalFault.EmptyNextToken, LocalFault.TruncatedWithoutToken, LocalFault.SilentlyTruncated, LocalFault.RepeatedToken,
        LocalFault.EndlessEmptyPages, LocalFault.KeysOutOfOrder, LocalFault.KeysRepeatedAcrossPages,
    ];

    /// <summary>Maps each listing misbehaviour to the listings of a service, and adds the service's own ones.</summary>
    public static Dictionary<LocalFault, string[]> For(string[] listings, params (LocalFault Fault, string[] Operations)[] others)
    {
        var map = All.ToDictionary(f => f, _ => listings);
        foreach (var (fault, operations) in others)
        {
            map[fault] = operations;
        }

        return map;
    }

    /// <summary>A page's items, reversed under <see cref="LocalFault.KeysOutOfOrder"/>.</summary>
    public static IReadOnlyList<T> Order<T>(FaultDraw faults, IReadOnlyList<T> items) =>
        faults.Has(LocalFault.KeysOutOfOrder) ? items.Reverse().ToList() : items;

    /// <summary>
    /// Whether a page says it is truncated, and its next token, as the misbehaviours change them.
    /// </summary>
    /// <param name="faults">The faults of the request.</param>
    /// <param name="truncated">Whether more items follow the page.</param>
    /// <param name="next">The token that resumes after the page.</param>
    /// <param name="afterSecondToLast">The token that resumes after the page's second-to-last item, when it has two or more.</param>
    /// <param name="requestToken">The token of the request, if it had one.</param>
    /// <param name="start">A token that starts the listing again.</param>
    public static (bool IsTruncated, string? Token) Next(
        FaultDraw faults, bool truncated, Func<string> next, Func<string?> afterSecondToLast, string? requestToken, Func<string> start)
    {
        if (!truncated)
        {
            return (false, null);
        }

        if (faults.Has(LocalFault.SilentlyTruncated))
        {
            return (false, null);
        }

        if (faults.Has(LocalFault.TruncatedWithoutToken))
        {
            return (true, null);
        }

        if (faults.Has(LocalFault.EmptyNextToken))
        {
            return (true, string.Empty);
        }

        if (faults.Has(LocalFault.RepeatedToken))
        {
            return (true, requestToken ?? start());
        }

        if (faults.Has(LocalFault.KeysRepeatedAcrossPages) && afterSecondToLast() is { } repeat)
        {
            return (true, repeat);
        }

        return (true, next());
    }
}
