using System.CommandLine;
using AwsLinq.Cli.Commands;

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
        var invocation = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,

            // Commands report their own errors in one line; the program, not the parser, owns Ctrl+C.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        var exitCode = await root.Parse(args).InvokeAsync(invocation, cancellationToken);
        await console.Out.FlushAsync(CancellationToken.None);
        return exitCode;
    }
}
