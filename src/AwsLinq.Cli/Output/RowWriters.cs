namespace AwsLinq.Cli.Output;

/// <summary>Picks the writer: the format asked for, else a table on a terminal and JSON in a pipe.</summary>
internal static class RowWriters
{
    public static OutputFormat Resolve(OutputFormat? requested, CliConsole console) =>
        requested ?? (console.OutputIsTerminal ? OutputFormat.Table : OutputFormat.Json);

    public static IRowWriter Create(OutputFormat format, TextWriter output, IReadOnlyList<string> columns, bool rawCsv) => format switch
    {
        OutputFormat.Table => new TableWriter(output, columns),
        OutputFormat.Text => new TextRowWriter(output),
        OutputFormat.Csv => new CsvWriter(output, columns, rawCsv),
        _ => new JsonRowWriter(output, columns),
    };
}
