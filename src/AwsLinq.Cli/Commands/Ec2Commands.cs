using System.CommandLine;
using Amazon.EC2.Model;
using AwsLinq.Cli.Actions;
using AwsLinq.Cli.Errors;
using AwsLinq.Cli.Querying;

namespace AwsLinq.Cli.Commands;

/// <summary><c>awslinq ec2</c>: <c>instances</c>, and the actions on the instances a query selects.</summary>
internal static class Ec2Commands
{
    public static Command Create(CommandAction actions)
    {
        var ec2 = new Command("ec2", "Query EC2 instances, and start, stop, reboot, terminate or tag them.");
        ec2.Subcommands.Add(Instances(actions));
        ec2.Subcommands.Add(Action(actions, "start", "Start the selected instances (StartInstances).", _ =>
            new("start", q => q.StartAllAsync(null, default), (q, o, ct) => q.StartAllAsync(o, ct))));
        ec2.Subcommands.Add(Stop(actions));
        ec2.Subcommands.Add(Action(actions, "reboot", "Reboot the selected instances (RebootInstances).", _ =>
            new("reboot", q => q.RebootAllAsync(null, default), (q, o, ct) => q.RebootAllAsync(o, ct))));
        ec2.Subcommands.Add(Action(actions, "terminate", "Terminate the selected instances (TerminateInstances).", _ =>
            new("terminate", q => q.TerminateAllAsync(null, default), (q, o, ct) => q.TerminateAllAsync(o, ct))));
        ec2.Subcommands.Add(Tag(actions));
        ec2.Subcommands.Add(Untag(actions));
        return ec2;
    }

    private static Command Instances(CommandAction actions)
    {
        var options = new ListOptions(ItemKinds.Instances);
        var command = new Command("instances", "List instances (DescribeInstances). Equality on filterable fields and Tag(\"k\") == v become EC2 filters.");
        options.AddTo(command);
        actions.Set(command, async (parse, context, ct) =>
        {
            using var ec2 = context.Aws.CreateEc2();
            return await ListingRunner.RunAsync(ec2.Instances(), ItemKinds.Instances, options.Read(parse), context, ct);
        });
        return command;
    }

    private static Command Stop(CommandAction actions)
    {
        var force = new Option<bool>("--force") { Description = "Stop without letting the instances flush caches or shut down cleanly." };
        var command = Action(actions, "stop", "Stop the selected instances (StopInstances).", parse =>
        {
            var forced = parse.GetValue(force);
            return new("stop", q => q.StopAllAsync(forced, null, default), (q, o, ct) => q.StopAllAsync(forced, o, ct));
        });
        command.Options.Add(force);
        return command;
    }

    private static Command Tag(CommandAction actions)
    {
        var tags = new Argument<string[]>("key=value") { Description = "Tags to set.", Arity = ArgumentArity.OneOrMore };
        var command = Action(actions, "tag", "Set tags on the selected instances (CreateTags).", parse =>
        {
            var pairs = parse.GetRequiredValue(tags).Select(ParseTag).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            return new("tag", q => q.CreateTagsAsync(pairs, null, default), (q, o, ct) => q.CreateTagsAsync(pairs, o, ct));
        });
        command.Arguments.Add(tags);
        return command;
    }

    private static Command Untag(CommandAction actions)
    {
        var keys = new Argument<string[]>("key") { Description = "Tag keys to remove.", Arity = ArgumentArity.OneOrMore };
        var command = Action(actions, "untag", "Remove tags from the selected instances (DeleteTags).", parse =>
        {
            var names = parse.GetRequiredValue(keys);
            return new("untag", q => q.DeleteTagsAsync(names, null, default), (q, o, ct) => q.DeleteTagsAsync(names, o, ct));
        });
        command.Arguments.Add(keys);
        return command;
    }

    private static Command Action(
        CommandAction actions, string name, string description, Func<ParseResult, BatchAction<Instance>> action)
    {
        var options = new ActionOptions(ItemKinds.Instances);
        var command = new Command(name, description + " Needs --yes.");
        options.AddTo(command);
        actions.Set(command, async (parse, context, ct) =>
        {
            var selected = action(parse);
            using var ec2 = context.Aws.CreateEc2();
            return await BatchActionRunner.RunAsync(ec2.Instances(), ItemKinds.Instances, selected, options.Read(parse), context, ec2.Config, ct);
        });
        return command;
    }

    private static KeyValuePair<string, string> ParseTag(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals > 0
            ? new(text[..equals], text[(equals + 1)..])
            : throw CliException.Usage($"tag: '{text}' is not key=value.");
    }
}
