using System.Globalization;
using AwsLinq.LocalAws;

namespace AwsLinq.Cli.Demo;

/// <summary>Prints the parts of an example under one heading each, indented; rules and messages are 100 columns wide.</summary>
internal sealed class DemoPrinter(TextWriter output)
{
    private const int Width = 100;
    private const int ShownItems = 5;
    private const string Indent = "    ";

    public void Title(string text)
    {
        output.WriteLine(text);
        output.WriteLine(new string('=', Math.Min(text.Length, Width)));
    }

    public void Line(string text = "") => output.WriteLine(text);

    public void Heading(int number, DemoExample example)
    {
        output.WriteLine();
        output.WriteLine(new string('-', Width));
        output.WriteLine($"{number}. {example.Title}");
        output.WriteLine($"   boto3: {example.Boto3}");
        output.WriteLine(new string('-', Width));
    }

    public void Section(string name, IEnumerable<string> lines)
    {
        output.WriteLine(name);
        foreach (var line in lines.SelectMany(l => l.Split('\n')))
        {
            output.WriteLine(line.Length == 0 ? string.Empty : Indent + line.TrimEnd());
        }
    }

    public void Plan(DemoExample example)
    {
        try
        {
            Section(example.ExplainCall, [example.Explain().ToString()]);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
            Section(example.ExplainCall, [$"throws {e.GetType().Name}, before anything is sent (the message is below)"]);
        }
    }

    public void Result(DemoResult result)
    {
        if (result.Error is { } error)
        {
            Section($"Result: throws {error.GetType().Name}", Wrap(error.Message, Width - Indent.Length));
        }
        else if (result.Value is { } value)
        {
            Section("Result: " + value, []);
        }
        else
        {
            var items = result.Items!;
            var more = items.Count - ShownItems;
            var shown = more > 1 ? items.Take(ShownItems).Append($"... and {Number(more)} more") : items;
            Section($"Result: {Number(items.Count)} item{(items.Count == 1 ? string.Empty : "s")}", shown);
        }
    }

    public void Requests(IReadOnlyList<ServedRequest> requests) =>
        Section(
            $"Requests served by the local endpoint: {Number(requests.Count)}",
            requests.Count == 0 ? ["(none)"] : RequestText.Lines(requests));

    public void Note(string? note)
    {
        if (note is not null)
        {
            Section("Note", Wrap(note, Width - Indent.Length));
        }
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length == 0 ? string.Empty : " ").Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
