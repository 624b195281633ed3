using System.CommandLine;
using Amazon.Runtime;
using AwsLinq.Cli.Actions;
using AwsLinq.Cli.Errors;
using AwsLinq.Cli.Querying;
using AwsLinq.Providers;

namespace AwsLinq.Cli.Commands;

/// <summary>
/// The commands of one catalog collection: its listing, named after it, and one command per batch action, named by
/// the action. An action whose name another collection of the service took first (SQS <c>delete</c> on queues and on
/// dead-letter sources) gets the collection's name after its own: <c>delete-dead-letter-sources</c>.
/// </summary>
internal sealed class CollectionCommands(ServiceCatalog service, CommandAction actions, HashSet<string> taken) : ICollectionVisitor<IReadOnlyList<Command>>
{
    public IReadOnlyList<Command> Visit<TClient, TItem>(CollectionEntry<TClient, TItem> collection)
        where TClient : IAmazonService
        where TItem : class
    {
        var kind = ItemKind.Of(collection);
        var commands = new List<Command> { Listing(collection, kind) };
        taken.Add(collection.Name);
        foreach (var action in collection.Actions)
        {
            var name = taken.Add(action.Command) ? action.Command : $"{action.Command}-{collection.Name}";
            taken.Add(name);
            commands.Add(Action(collection, kind, action, name));
        }

        return commands;
    }

    private Command Listing<TClient, TItem>(CollectionEntry<TClient, TItem> collection, ItemKind kind)
        where TClient : IAmazonService
        where TItem : class
    {
        var arguments = new CollectionArguments(collection.Arguments);
        var options = new ListOptions(kind, regional: collection.OpenInRegion is not null);
        var command = new Command(collection.Name, collection.Description);
        arguments.AddTo(command);
        options.AddTo(command);
        actions.Set(command, (parse, context, ct) =>
        {
            var request = options.Read(parse);
            return request.Regions is { } regions
                ? OpenRegions(collection, arguments, parse, context, regions, (source, rows) => ListingRunner.RunAsync(source, kind, request, context, ct, rows), ct)
                : Open(collection, arguments, parse, context, (source, _) => ListingRunner.RunAsync(source, kind, request, context, ct));
        });
        return command;
    }

    private Command Action<TClient, TItem>(CollectionEntry<TClient, TItem> collection, ItemKind kind, BatchAction<TItem> action, string name)
        where TClient : IAmazonService
        where TItem : class
    {
        var arguments = new CollectionArguments(collection.Arguments);
        var parameters = new ActionParameters(name, action.Parameters);
        var options = new ActionOptions(kind, action.DryRun, regional: collection.OpenInRegion is not null);
        var command = new Command(name, $"{action.Summary} Needs --yes.");
        arguments.AddTo(command);
        parameters.AddTo(command);
        options.AddTo(command);
        actions.Set(command, (parse, context, ct) =>
        {
            var run = new BatchRun<TItem>(action, VerbOf(action.Command), parameters.Read(parse), options.Read(parse));
            return run.Request.Regions is { } regions
                ? OpenRegions(collection, arguments, parse, context, regions, (source, rows) => BatchActionRunner.RunInRegionsAsync(source, rows, kind, run, context, ct), ct)
                : Open(collection, arguments, parse, context, (source, config) => BatchActionRunner.RunAsync(source, kind, run, context, config, ct));
        });
        return command;
    }

    private async Task<int> Open<TClient, TItem>(
        CollectionEntry<TClient, TItem> collection, CollectionArguments arguments, ParseResult parse, CommandContext context, Func<IAwsQueryable<TItem>, IClientConfig, Task<int>> run)
        where TClient : IAmazonService
        where TItem : class
    {
        var values = arguments.Read(parse);
        using var client = context.Aws.Create(service);

        // Every catalog entry point is an AwsLinq query.
        var source = (IAwsQueryable<TItem>)collection.Open((TClient)(object)client, values);
        return await arguments.RunAsync(values, () => run(source, client.Config));
    }

    // The query is built over the first region's listing, as for one region, then moved onto all of them.
    private async Task<int> OpenRegions<TClient, TItem>(
        CollectionEntry<TClient, TItem> collection, CollectionArguments arguments, ParseResult parse, CommandContext context, string regions,
        Func<IAwsQueryable<TItem>, RegionalRows<TItem>, Task<int>> run, CancellationToken cancellationToken)
        where TClient : IAmazonService
        where TItem : class
    {
        var values = arguments.Read(parse);
        var names = await RegionNames.ResolveAsync(regions, context.Aws, cancellationToken);
        using var clients = AwsRegions.For(names, region => (TClient)(object)context.Aws.Create(service, region));
        var source = (IAwsQueryable<TItem>)collection.Open(clients[names[0]], values);
        var all = clients.Query((region, client) => collection.OpenInRegion!(region, client, values));
        var configs = names.Select(n => clients[n].Config).ToList();
        return await arguments.RunAsync(values, () => run(source, new RegionalRows<TItem>(source, all) { Configs = configs }));
    }

    // Action commands are a verb, then what it acts on where a service has several collections: delete-snapshots.
    private static string VerbOf(string command) => command.Split('-')[0];
}
