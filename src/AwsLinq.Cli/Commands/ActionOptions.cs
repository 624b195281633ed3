using System.CommandLine;
using AwsLinq.Cli.Actions;
using AwsLinq.Cli.Querying;

namespace AwsLinq.Cli.Commands;

/// <summary>The options of a batch-action command: which items, and whether to really act.</summary>
internal sealed class ActionOptions(ItemKind kind)
{
    private readonly QueryOptions _query = new(kind, withOrdering: false);

    private readonly Option<bool> _dryRun = new("--dry-run")
    {
        Description = "List what would be acted on (EC2 also checks permissions with DryRun) and change nothing.",
    };

    private readonly Option<bool> _yes = new("--yes", "-y")
    {
        Description = "Act. Without it the command changes nothing, prints what it would do, and exits with code 2.",
    };

    private readonly Option<bool> _explain = new("--explain") { Description = "Print the plan, including the action's requests, and send nothing." };

    public void AddTo(Command command)
    {
        _query.AddTo(command);
        command.Options.Add(_dryRun);
        command.Options.Add(_yes);
        command.Options.Add(_explain);
    }

    public ActionRequest Read(ParseResult parseResult) =>
        new(_query.Read(parseResult), parseResult.GetValue(_dryRun), parseResult.GetValue(_yes), parseResult.GetValue(_explain));
}
