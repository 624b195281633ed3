namespace AwsLinq.Providers;

/// <summary>What the query asks of a listing's size.</summary>
/// <param name="PageSize">The page size set with <c>WithPageSize</c>, if any.</param>
/// <param name="Limit">
/// The most items the query can use from the listing (from <c>Take</c>, <c>First</c>, <c>Any</c>...),
/// known only when nothing filters items in memory before that operator; otherwise <see langword="null"/>.
/// </param>
public readonly record struct ListingLimits(int? PageSize, int? Limit);
