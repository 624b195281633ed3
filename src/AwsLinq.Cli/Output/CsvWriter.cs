namespace AwsLinq.Cli.Output;

/// <summary>RFC 4180 CSV with a header row, written row by row.</summary>
internal sealed class CsvWriter : IRowWriter
{
    private readonly TextWriter _output;

    public CsvWriter(TextWriter output, IReadOnlyList<string> columns)
    {
        _output = output;
        WriteLine(columns);
    }

    public void Write(object?[] row) => WriteLine(row.Select(CellText.Format));

    public void Complete()
    {
    }

    private void WriteLine(IEnumerable<string> cells) => _output.WriteLine(string.Join(',', cells.Select(Quote)));

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1])))
            ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : cell;
}
