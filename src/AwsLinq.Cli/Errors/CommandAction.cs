using System.CommandLine;

namespace AwsLinq.Cli.Errors;

/// <summary>
/// Runs a command's body and reports what escapes it in one line on stderr (the whole exception with
/// <c>--debug</c>), so that no command prints a stack trace a user did not ask for.
/// </summary>
internal sealed class CommandAction(CliConsole console, Option<bool> debug)
{
    public CliConsole Console { get; } = console;

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
            catch (Exception error)
            {
                var target = endpoint?.Invoke(parseResult) ?? "AWS";
                await Console.Error.WriteLineAsync($"awslinq: {ErrorMessages.Describe(error, target)}");
                if (parseResult.GetValue(debug))
                {
                    await Console.Error.WriteLineAsync(error.ToString());
                }

                return ExitCodes.Error;
            }
        });
}
