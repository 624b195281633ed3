namespace AwsLinq.Providers;

/// <summary>One page of a listing, as the service answered it.</summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
/// <param name="Items">The page's items; empty, never <see langword="null"/>, when the service sent none.</param>
/// <param name="NextToken">The token for the next page, or <see langword="null"/> when the service sent none.</param>
/// <param name="IsTruncated">
/// Whether the service says more items follow; <see langword="null"/> when it did not say, or the operation has no
/// such flag (the token alone then says whether more follow).
/// </param>
public readonly record struct ResourcePage<TItem>(IReadOnlyList<TItem> Items, string? NextToken, bool? IsTruncated)
{
    /// <summary>Gets how many entries the page held that are not items of this listing (objects beside folders).</summary>
    public int OtherEntries { get; init; }
}
