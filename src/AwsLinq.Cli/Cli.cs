using System.CommandLine;
using System.CommandLine.Parsing;
using AwsLinq.Cli.Commands;
using AwsLinq.Cli.Output;

namespace AwsLinq.Cli;

/// <summary>The <c>awslinq</c> command line, callable in-process: the program and the tests both enter here.</summary>
internal static class Cli
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, CliConsole.Redirected(stdout, stderr), cancellationToken);

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var root = RootCommandFactory.Create(console);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            await UsageErrors(parseResult, console.Error);
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,

            // Commands report their own errors in one line; the program, not the parser, owns Ctrl+C.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        var exitCode = await parseResult.InvokeAsync(invocation, cancellationToken);
        try
        {
            await console.Out.FlushAsync(CancellationToken.None);
        }
        catch (IOException e) when (ClosedOutput.Caused(e))
        {
            return ExitCodes.OutputClosed;
        }

        return exitCode;
    }

    // One line per error and a pointer to the help, as git and the AWS CLI do, rather than the whole help text.
    private static async Task UsageErrors(ParseResult parseResult, TextWriter error)
    {
        foreach (var message in parseResult.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            await error.WriteLineAsync($"awslinq: {message}");
        }

        await error.WriteLineAsync($"Run '{CommandPath(parseResult.CommandResult)} --help' to see the options.");
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Add(c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
