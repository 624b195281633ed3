using System.CommandLine;
using AwsLinq.Cli.Actions;
using AwsLinq.Cli.Errors;
using AwsLinq.Cli.Querying;

namespace AwsLinq.Cli.Commands;

/// <summary><c>awslinq sqs</c>: <c>queues</c>, <c>delete</c>, <c>purge</c>.</summary>
internal static class SqsCommands
{
    public static Command Create(CommandAction actions)
    {
        var sqs = new Command("sqs", "Query SQS queues, and delete or purge them.");
        sqs.Subcommands.Add(Queues(actions));
        sqs.Subcommands.Add(Action(actions, "delete", "Delete the selected queues (DeleteQueue per queue).",
            new("delete", q => q.DeleteAllAsync(null, default), (q, o, ct) => q.DeleteAllAsync(o, ct))));
        sqs.Subcommands.Add(Action(actions, "purge", "Delete every message in the selected queues (PurgeQueue per queue).",
            new("purge", q => q.PurgeAllAsync(null, default), (q, o, ct) => q.PurgeAllAsync(o, ct))));
        return sqs;
    }

    private static Command Queues(CommandAction actions)
    {
        var options = new ListOptions(ItemKinds.Queues);
        var command = new Command("queues", "List queues (ListQueues). Name.StartsWith is sent as QueueNamePrefix; attributes are fetched only for the columns and predicates that read them.");
        options.AddTo(command);
        actions.Set(command, async (parse, context, ct) =>
        {
            using var sqs = context.Aws.CreateSqs();
            return await ListingRunner.RunAsync(sqs.Queues(), ItemKinds.Queues, options.Read(parse), context, ct);
        });
        return command;
    }

    private static Command Action(CommandAction actions, string name, string description, BatchAction<SqsQueue> action)
    {
        var options = new ActionOptions(ItemKinds.Queues);
        var command = new Command(name, description + " Needs --yes.");
        options.AddTo(command);
        actions.Set(command, async (parse, context, ct) =>
        {
            using var sqs = context.Aws.CreateSqs();
            return await BatchActionRunner.RunAsync(sqs.Queues(), ItemKinds.Queues, action, options.Read(parse), context, sqs.Config, ct);
        });
        return command;
    }
}
