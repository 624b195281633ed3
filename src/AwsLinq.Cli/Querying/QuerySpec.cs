namespace AwsLinq.Cli.Querying;

/// <summary>The query options a listing or a batch action was given, as typed.</summary>
/// <param name="Where">A C# predicate over the item's properties.</param>
/// <param name="OrderBy">Comma-separated keys, each optionally followed by <c>asc</c> or <c>desc</c>.</param>
/// <param name="Skip">Items to skip after filtering and ordering.</param>
/// <param name="Take">The most items to return or act on.</param>
/// <param name="PageSize">The page size to ask the service for.</param>
/// <param name="Parallel">The most requests in flight at once (<c>WithDegreeOfParallelism</c>), if given.</param>
internal sealed record QuerySpec(string? Where, string? OrderBy, int? Skip, int? Take, int? PageSize, int? Parallel = null);
