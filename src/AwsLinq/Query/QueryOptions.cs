namespace AwsLinq.Query;

/// <summary>
/// The per-query settings carried in the expression by <c>WithPageSize</c>, <c>ServerSideOnly</c>, <c>WithListingPolicy</c>,
/// <c>WithLogging</c>, <c>WithDegreeOfParallelism</c> and <c>WithPrefetch</c>.
/// </summary>
internal sealed record QueryOptions(int? PageSize, bool ServerSideOnly, ListingPolicy? ListingPolicy = null, QueryLogging? Logging = null, int? Parallelism = null, bool Prefetch = false)
{
    public static QueryOptions Default { get; } = new(null, false);
}
