using System.CommandLine;
using AwsLinq.Cli.Querying;

namespace AwsLinq.Cli.Commands;

/// <summary>
/// <c>--where</c>, <c>--take</c>, <c>--page-size</c>, <c>--parallel</c>, and for listings <c>--order-by</c> and
/// <c>--skip</c>: the options that shape the query itself.
/// </summary>
internal sealed class QueryOptions(ItemKind kind, bool withOrdering)
{
    private readonly Option<string> _where = new("--where", "-w")
    {
        Description = $"A C# predicate over the {kind.Singular}'s properties, e.g. '{kind.WhereExample}'. What the service can filter on is sent to it.",
    };

    private readonly Option<string> _orderBy = new("--order-by")
    {
        Description = "Comma-separated sort keys, each optionally followed by asc or desc, e.g. \"Size desc, Key\".",
    };

    private readonly Option<int?> _skip = new("--skip") { Description = "Skip this many matching items.", CustomParser = WholeNumbers.Parse("--skip", min: 0) };

    private readonly Option<int?> _take = new("--take") { Description = "Stop after this many matching items.", CustomParser = WholeNumbers.Parse("--take", min: 0) };

    private readonly Option<int?> _pageSize = new("--page-size")
    {
        Description = "Items per request (MaxKeys, MaxResults...), within the service's range.",
        CustomParser = WholeNumbers.Parse("--page-size", min: 1),
    };

    private readonly Option<int?> _parallel = new("--parallel")
    {
        Description = $"Allow up to this many requests in flight at once (1 to {AwsQueryableExtensions.MaxDegreeOfParallelism}): listings, key ranges, regions and action calls. Results and their order do not change.",
        CustomParser = WholeNumbers.Parse("--parallel", min: 1, max: AwsQueryableExtensions.MaxDegreeOfParallelism),
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_where);
        if (withOrdering)
        {
            command.Options.Add(_orderBy);
            command.Options.Add(_skip);
        }

        command.Options.Add(_take);
        command.Options.Add(_pageSize);
        command.Options.Add(_parallel);
    }

    public QuerySpec Read(ParseResult parseResult) => new(
        parseResult.GetValue(_where),
        withOrdering ? parseResult.GetValue(_orderBy) : null,
        withOrdering ? parseResult.GetValue(_skip) : null,
        parseResult.GetValue(_take),
        parseResult.GetValue(_pageSize),
        parseResult.GetValue(_parallel));
}
