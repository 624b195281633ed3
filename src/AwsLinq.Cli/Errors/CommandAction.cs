using System.CommandLine;
using AwsLinq.Cli.Commands;
using AwsLinq.Cli.Connection;
using AwsLinq.Cli.Output;

namespace AwsLinq.Cli.Errors;

/// <summary>
/// Runs a command's body and reports what escapes it in one line on stderr (the whole exception with
/// <c>--debug</c>), with the exit code of its kind, so that no command prints a stack trace a user did not ask for.
/// </summary>
internal sealed class CommandAction(CliConsole console, GlobalOptions globals)
{
    public CliConsole Console { get; } = console;

    /// <summary>Gives a service command its body, which runs with the global options' connection and format.</summary>
    public void Set(Command command, Func<ParseResult, CommandContext, CancellationToken, Task<int>> body) =>
        Set(command, (parse, ct) =>
        {
            var context = new CommandContext(Console, globals.Output(parse), () => new AwsClientFactory(globals.Connection(parse), new RequestCounter()));
            return body(parse, context, ct);
        }, globals.Endpoint);

    /// <param name="command">The command to give the action.</param>
    /// <param name="body">The command's work; returns its exit code.</param>
    /// <param name="endpoint">Names the endpoint the command talks to, for "cannot reach" errors.</param>
    public void Set(Command command, Func<ParseResult, CancellationToken, Task<int>> body, Func<ParseResult, string>? endpoint = null) =>
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                return await body(parseResult, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync("awslinq: canceled.");
                return ExitCodes.Canceled;
            }
            catch (Exception error) when (ClosedOutput.Caused(error))
            {
                // `awslinq ... | head` is done once head has its lines: nothing to report.
                return ExitCodes.OutputClosed;
            }
            catch (Exception error)
            {
                var report = ErrorMessages.Describe(error, endpoint?.Invoke(parseResult) ?? "AWS");
                await Console.Error.WriteLineAsync($"awslinq: {report.Message}");
                if (parseResult.GetValue(globals.Debug))
                {
                    await Console.Error.WriteLineAsync(error.ToString());
                }

                return report.ExitCode;
            }
        });
}
