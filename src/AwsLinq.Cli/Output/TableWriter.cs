namespace AwsLinq.Cli.Output;

/// <summary>
/// An aligned table for a terminal. It holds rows until <see cref="Complete"/>, since column widths depend on all of
/// them; numbers are right-aligned, and control characters in cells are escaped (<see cref="DisplayText"/>).
/// </summary>
internal sealed class TableWriter(TextWriter output, IReadOnlyList<string> columns) : IRowWriter
{
    private const string Gap = "  ";
    private readonly List<string[]> _rows = [];
    private readonly bool[] _text = new bool[columns.Count];

    public void Write(object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            _text[i] |= row[i] is not null && CellValue.Normalize(row[i]) is not decimal;
        }

        _rows.Add(row.Select(CellText.Format).Select(DisplayText.Escape).ToArray());
    }

    public void Complete()
    {
        var widths = columns.Select((c, i) => _rows.Select(r => r[i].Length).Append(DisplayText.Escape(c).Length).Max()).ToArray();
        WriteLine(columns.Select(DisplayText.Escape).ToArray(), widths, header: true);
        output.WriteLine(string.Join(Gap, widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            WriteLine(row, widths, header: false);
        }
    }

    private void WriteLine(string[] cells, int[] widths, bool header)
    {
        var padded = cells.Select((cell, i) => !header && !_text[i] ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        output.WriteLine(string.Join(Gap, padded).TrimEnd());
    }
}
