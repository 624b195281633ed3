using System.CommandLine;
using AwsLinq.Cli.Actions;
using AwsLinq.Cli.Errors;
using AwsLinq.Cli.Querying;
using AwsLinq.Providers;

namespace AwsLinq.Cli.Commands;

/// <summary>
/// The options of a batch-action command: which items, and whether to really act. An action needs a predicate, or
/// <c>--all</c> to act on the whole listing: an empty <c>--where ""</c> (a variable that was not set) must not mean
/// everything.
/// </summary>
internal sealed class ActionOptions(ItemKind kind, BatchDryRun dryRun, bool regional)
{
    private readonly Option<string> _regions = new("--regions")
    {
        Description = "Act in these regions at once, comma-separated (us-east-1,eu-west-1), or all the account has enabled (EC2 DescribeRegions); each region's items with its own client, reported as region/id.",
    };

    private readonly QueryOptions _query = new(kind, withOrdering: false);

    private readonly Option<bool> _all = new("--all")
    {
        Description = $"Act on every {kind.Singular} the listing returns, with no --where. Still needs --yes.",
    };

    private readonly Option<bool> _dryRun = new("--dry-run")
    {
        Description = dryRun == BatchDryRun.Service
            ? "List what would be acted on, sending each call with the service's DryRun flag, which checks permissions, and change nothing."
            : "List what would be acted on and change nothing: only the listing is sent.",
    };

    private readonly Option<bool> _yes = new("--yes", "-y")
    {
        Description = $"Act. Without it the command changes nothing, prints what it would do, and exits with code {ExitCodes.NotConfirmed}.",
    };

    private readonly Option<bool> _explain = new("--explain") { Description = "Print the plan, including the action's requests, and send nothing." };

    public void AddTo(Command command)
    {
        _query.AddTo(command);
        command.Options.Add(_all);
        command.Options.Add(_dryRun);
        command.Options.Add(_yes);
        command.Options.Add(_explain);
        if (regional)
        {
            command.Options.Add(_regions);
        }
    }

    public ActionRequest Read(ParseResult parseResult)
    {
        var query = _query.Read(parseResult);
        var all = parseResult.GetValue(_all);
        if (query.Where is null && !all)
        {
            throw CliException.Usage($"--where: a batch action needs a predicate saying which {kind.Plural} to act on; to act on every {kind.Singular}, pass --all instead.");
        }

        if (query.Where is not null && string.IsNullOrWhiteSpace(query.Where))
        {
            throw CliException.Usage($"--where: the predicate is empty, which would select every {kind.Singular}; write one, or pass --all instead of --where to act on every {kind.Singular}.");
        }

        if (query.Where is not null && all)
        {
            throw CliException.Usage("--all acts on every item and --where on some: pass one of them.");
        }

        return new(query, parseResult.GetValue(_dryRun), parseResult.GetValue(_yes), parseResult.GetValue(_explain))
        {
            Regions = regional ? parseResult.GetValue(_regions) : null,
        };
    }
}
