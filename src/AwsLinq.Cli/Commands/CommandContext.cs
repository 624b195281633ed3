using AwsLinq.Cli.Connection;
using AwsLinq.Cli.Output;

namespace AwsLinq.Cli.Commands;

/// <summary>What a service command runs with: where it writes, in which format, and its AWS connection.</summary>
internal sealed class CommandContext(CliConsole console, OutputFormat? output, Func<AwsClientFactory> connect)
{
    private AwsClientFactory? _aws;

    public CliConsole Console { get; } = console;

    /// <summary>Gets the format <c>--output</c> asked for; <see langword="null"/> to decide by the terminal.</summary>
    public OutputFormat? Output { get; } = output;

    /// <summary>Gets the connection, made on first use so that a bad option is reported before the profile is read.</summary>
    public AwsClientFactory Aws => _aws ??= connect();

    /// <summary>Gets the format to write in: the one asked for, else a table on a terminal and JSON in a pipe.</summary>
    public OutputFormat Format => RowWriters.Resolve(Output, Console);

    /// <summary>Gets the format of plans and batch reports: readable text unless <c>--output json</c> asks for JSON.</summary>
    public OutputFormat ReportFormat => Output ?? OutputFormat.Table;
}
