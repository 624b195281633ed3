namespace AwsLinq.Query;

/// <summary>The per-query settings carried in the expression by <c>WithPageSize</c>, <c>ServerSideOnly</c> and <c>WithListingPolicy</c>.</summary>
internal sealed record QueryOptions(int? PageSize, bool ServerSideOnly, ListingPolicy? ListingPolicy = null)
{
    public static QueryOptions Default { get; } = new(null, false);
}
