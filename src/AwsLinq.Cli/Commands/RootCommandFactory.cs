using System.CommandLine;
using System.CommandLine.Help;
using AwsLinq.Cli.Demo;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Commands;

/// <summary>Builds the <c>awslinq</c> command tree for one run, bound to the console it writes to.</summary>
internal static class RootCommandFactory
{
    public static Command Create(CliConsole console)
    {
        // A plain Command rather than RootCommand: RootCommand takes its name from the entry assembly (AwsLinq.Cli,
        // or the test host), and the assembly cannot be called awslinq, which the loader would confuse with AwsLinq.
        var root = new Command("awslinq", "LINQ queries over AWS listings (S3, EC2, SQS). Filters the service supports are sent to it; the rest run locally.");
        var globals = new GlobalOptions();
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption { Action = new VersionAction() });
        globals.AddTo(root);

        var actions = new CommandAction(console, globals);
        foreach (var service in ServiceCommands.Catalogs)
        {
            root.Subcommands.Add(ServiceCommands.Create(service, actions));
        }

        root.Subcommands.Add(LocalCommands.Create(actions));
        root.Subcommands.Add(Demo(actions));
        return root;
    }

    private static Command Demo(CommandAction actions)
    {
        var demo = new Command("demo", "Start a local endpoint, seed it, and run the boto3 collections guide's examples as LINQ, with each plan and the requests sent.");
        actions.Set(demo, (_, ct) => DemoCommand.RunAsync(actions.Console.Out, ct));
        return demo;
    }
}
