using System.CommandLine;
using AwsLinq.Cli.Querying;

namespace AwsLinq.Cli.Commands;

/// <summary>The query and output options of a listing command (a new set per command).</summary>
internal sealed class ListOptions(ItemKind kind, bool regional)
{
    private readonly Option<string> _regions = new("--regions")
    {
        Description = "List these regions at once, comma-separated (us-east-1,eu-west-1), or all the account has enabled (EC2 DescribeRegions); a Region column comes first.",
    };

    private readonly QueryOptions _query = new(kind, withOrdering: true);

    private readonly Option<string> _select = new("--select")
    {
        Description = "Comma-separated properties or expressions to show, e.g. \"Key,Size\"; * for all properties.",
    };

    private readonly Option<bool> _count = new("--count") { Description = "Print the number of matching items instead of the items." };

    private readonly Option<bool> _explain = new("--explain") { Description = "Print the query plan (requests, in-memory steps) and send nothing." };

    private readonly Option<int?> _maxItems = new("--max-items")
    {
        Description = "Print at most this many items, then the --starting-token that continues the listing (on stderr).",
        CustomParser = WholeNumbers.Parse("--max-items", min: 1),
    };

    private readonly Option<string> _startingToken = new("--starting-token")
    {
        Description = "Continue a listing where the token printed after --max-items left it; give the same query options.",
    };

    private readonly Option<bool> _csvRaw = new("--csv-raw")
    {
        Description = "Write CSV cells as they are. By default a cell starting with = + - or @ gets a leading ' so spreadsheets do not run it.",
    };

    public void AddTo(Command command)
    {
        _query.AddTo(command);
        command.Options.Add(_select);
        command.Options.Add(_count);
        command.Options.Add(_explain);
        command.Options.Add(_maxItems);
        command.Options.Add(_startingToken);
        command.Options.Add(_csvRaw);
        if (regional)
        {
            command.Options.Add(_regions);
        }
    }

    public ListingRequest Read(ParseResult parseResult) => new(
        _query.Read(parseResult),
        parseResult.GetValue(_select),
        parseResult.GetValue(_count),
        parseResult.GetValue(_explain),
        new ListingPage(parseResult.GetValue(_maxItems), parseResult.GetValue(_startingToken)),
        parseResult.GetValue(_csvRaw),
        regional ? parseResult.GetValue(_regions) : null);
}
