namespace AwsLinq.Cli.Output;

/// <summary>
/// RFC 4180 CSV with a header row, written row by row. Unless <c>--csv-raw</c> asks for the data as it is, a text cell
/// that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR: the OWASP
/// rule) is prefixed with <c>'</c>, so that opening a listing of someone else's object keys cannot run their code.
/// </summary>
internal sealed class CsvWriter : IRowWriter
{
    private readonly TextWriter _output;
    private readonly bool _raw;

    public CsvWriter(TextWriter output, IReadOnlyList<string> columns, bool raw)
    {
        _output = output;
        _raw = raw;
        WriteLine(columns.Select(Neutralize));
    }

    public void Write(object?[] row) =>
        WriteLine(row.Select(cell => CellValue.Normalize(cell) is decimal ? CellText.Format(cell) : Neutralize(CellText.Format(cell))));

    public void Complete()
    {
    }

    private string Neutralize(string cell) =>
        !_raw && cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private void WriteLine(IEnumerable<string> cells) => _output.WriteLine(string.Join(',', cells.Select(Quote)));

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1])))
            ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : cell;
}
