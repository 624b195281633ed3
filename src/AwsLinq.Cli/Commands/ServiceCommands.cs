using System.CommandLine;
using AwsLinq.Cli.Errors;
using AwsLinq.Providers;

namespace AwsLinq.Cli.Commands;

/// <summary>
/// <c>awslinq s3</c>, <c>ec2</c>, <c>sqs</c>: one command per service catalog, holding a listing command per collection
/// and a command per batch action, in the catalog's order. Nothing here names a service or a collection.
/// </summary>
internal static class ServiceCommands
{
    /// <summary>The services awslinq offers; a collection added to one of their catalogs appears with no code here.</summary>
    public static IReadOnlyList<ServiceCatalog> Catalogs { get; } = [S3Catalog.Service, Ec2Catalog.Service, SqsCatalog.Service];

    public static Command Create(ServiceCatalog service, CommandAction actions)
    {
        var command = new Command(service.Name, service.Description);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var collection in service.Collections)
        {
            foreach (var subcommand in collection.Accept(new CollectionCommands(service, actions, names)))
            {
                command.Subcommands.Add(subcommand);
            }
        }

        return command;
    }
}
