namespace AwsLinq.Cli.Output;

/// <summary>
/// The AWS CLI's <c>--output text</c>: one line per row, values separated by tabs, no header, written as rows arrive,
/// for <c>cut</c>, <c>awk</c> and <c>while read</c>. A tab or newline inside a value is escaped, so it cannot split a row.
/// </summary>
internal sealed class TextRowWriter(TextWriter output) : IRowWriter
{
    public void Write(object?[] row) => output.WriteLine(string.Join('\t', row.Select(cell => DisplayText.Escape(CellText.Format(cell)))));

    public void Complete()
    {
    }
}
