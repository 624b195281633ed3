namespace AwsLinq.Query;

/// <summary>The per-query settings carried in the expression by <c>WithPageSize</c>, <c>ServerSideOnly</c>, <c>WithListingPolicy</c> and <c>WithLogging</c>.</summary>
internal sealed record QueryOptions(int? PageSize, bool ServerSideOnly, ListingPolicy? ListingPolicy = null, QueryLogging? Logging = null)
{
    public static QueryOptions Default { get; } = new(null, false);
}
