using System.CommandLine;
using AwsLinq.Cli.Output;
using AwsLinq.Cli.Querying;

namespace AwsLinq.Cli.Commands;

/// <summary>The query and output options of a listing command (a new set per command).</summary>
internal sealed class ListOptions(ItemKind kind)
{
    private readonly QueryOptions _query = new(kind, withOrdering: true);

    private readonly Option<string> _select = new("--select")
    {
        Description = "Comma-separated properties or expressions to show, e.g. \"Key,Size\"; * for all properties.",
    };

    private readonly Option<bool> _count = new("--count") { Description = "Print the number of matching items instead of the items." };

    private readonly Option<bool> _explain = new("--explain") { Description = "Print the query plan (requests, in-memory steps) and send nothing." };

    private readonly Option<string> _output = new Option<string>("--output", "-o")
    {
        Description = "table, json or csv. Default: table on a terminal, json when redirected.",
    }.AcceptOnlyFromAmong("table", "json", "csv");

    public void AddTo(Command command)
    {
        _query.AddTo(command);
        command.Options.Add(_select);
        command.Options.Add(_count);
        command.Options.Add(_explain);
        command.Options.Add(_output);
    }

    public ListingRequest Read(ParseResult parseResult)
    {
        OutputFormat? output = parseResult.GetValue(_output) switch
        {
            "table" => OutputFormat.Table,
            "csv" => OutputFormat.Csv,
            "json" => OutputFormat.Json,
            _ => null,
        };
        return new ListingRequest(_query.Read(parseResult), parseResult.GetValue(_select), parseResult.GetValue(_count), parseResult.GetValue(_explain), output);
    }
}
