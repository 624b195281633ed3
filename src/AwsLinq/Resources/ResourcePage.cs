namespace AwsLinq;

/// <summary>One page of a listing.</summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
/// <param name="Items">The page's items; empty, never <see langword="null"/>, when the service sent none.</param>
/// <param name="NextToken">The token for the next page, or <see langword="null"/> after the last page.</param>
/// <param name="IsTruncated">Whether the service says more items follow.</param>
public readonly record struct ResourcePage<TItem>(IReadOnlyList<TItem> Items, string? NextToken, bool IsTruncated);
