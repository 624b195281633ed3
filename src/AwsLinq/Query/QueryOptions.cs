namespace AwsLinq.Query;

/// <summary>The per-query settings carried in the expression by <c>WithPageSize</c> and <c>ServerSideOnly</c>.</summary>
internal sealed record QueryOptions(int? PageSize, bool ServerSideOnly)
{
    public static QueryOptions Default { get; } = new(null, false);
}
