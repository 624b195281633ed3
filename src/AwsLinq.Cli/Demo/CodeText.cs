using System.Text.RegularExpressions;

namespace AwsLinq.Cli.Demo;

/// <summary>
/// Turns the source text of an example's query, captured by the compiler with
/// <see cref="System.Runtime.CompilerServices.CallerArgumentExpressionAttribute"/>, into the code the demo prints,
/// so that what is shown is exactly what runs.
/// </summary>
internal static partial class CodeText
{
    private const string Indent = "    ";

    /// <summary><c>await query.ToListAsync(ct)</c>, with a query-syntax query in parentheses.</summary>
    public static string Await(string query, string call)
    {
        var lines = Lines(query);
        if (lines[0].StartsWith("from ", StringComparison.Ordinal))
        {
            lines[0] = "(" + lines[0];
            lines[^1] += ")";
        }

        lines[0] = "await " + lines[0];
        if (lines.Count == 1)
        {
            lines[0] += "." + call;
        }
        else
        {
            lines.Add(Indent + "." + call);
        }

        return string.Join('\n', lines);
    }

    /// <summary><c>await query.CountAsync(ct)</c> from the query and a terminal lambda such as <c>(q, ct) =&gt; q.CountAsync(ct)</c>.</summary>
    public static string AwaitTerminal(string query, string terminalLambda)
    {
        var call = LambdaHead().Replace(Collapse(terminalLambda), string.Empty, 1);
        return Await(query, call.TrimStart('.'));
    }

    /// <summary><c>var query = ...;</c> then the <c>await foreach</c> that reads it.</summary>
    public static string ForEach(string query)
    {
        var lines = Lines(query);
        lines[0] = "var query = " + lines[0];
        lines[^1] += ";";
        lines.Add("await foreach (var item in query.AsAsyncEnumerable().WithCancellation(ct)) { ... }");
        return string.Join('\n', lines);
    }

    /// <summary>The statements of a block lambda such as <c>async ct =&gt; { ... }</c>, dedented.</summary>
    public static string Block(string lambda)
    {
        var lines = lambda.Split('\n').Select(l => l.TrimEnd()).ToList();
        var open = lines.FindIndex(l => l.Trim() == "{");
        var close = lines.FindLastIndex(l => l.Trim() == "}");
        var body = lines[(open + 1)..close];
        var margin = body.Where(l => l.Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', body.Select(l => l.Length == 0 ? l : l[margin..]));
    }

    /// <summary>A lambda's text on one line, for headings such as <c>Explain(q =&gt; q.Count())</c>.</summary>
    public static string Collapse(string code) => string.Join(' ', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    // The first line as written, each following line trimmed and indented once (.Where, where, select...).
    private static List<string> Lines(string code)
    {
        var lines = code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        for (var i = 1; i < lines.Count; i++)
        {
            lines[i] = Indent + lines[i];
        }

        return lines;
    }

    [GeneratedRegex(@"^\(?\s*\w+\s*(,\s*\w+\s*)?\)?\s*=>\s*\w+")]
    private static partial Regex LambdaHead();
}
