using AwsLinq.Cli.Output;

namespace AwsLinq.Cli;

/// <summary>
/// Where a command writes, and whether a person is watching: tables and progress are for terminals, JSON and
/// quiet stderr for pipes. Tests pass writers of their own instead of the process's console.
/// </summary>
/// <param name="Out">Results: rows, counts, plans, reports.</param>
/// <param name="Error">Errors, refusals and progress.</param>
/// <param name="OutputIsTerminal">Whether <paramref name="Out"/> is a terminal (table output by default).</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is a terminal (progress is shown).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool OutputIsTerminal, bool ErrorIsTerminal)
{
    public static CliConsole FromSystemConsole() => new(
        Console.IsOutputRedirected ? ClosedOutput.OpenStandardOutput() : Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected);

    public static CliConsole Redirected(TextWriter output, TextWriter error) => new(output, error, false, false);
}
