namespace AwsLinq.Cli.Demo;

/// <summary>One example of the demo: the boto3 code it re-creates, the C# that runs, its plan and how to run it.</summary>
/// <param name="Title">The heading.</param>
/// <param name="Boto3">The boto3 code from the collections guide, or what boto3 would need.</param>
/// <param name="Code">The C# as printed; the same text the compiler captured from the running code.</param>
/// <param name="ExplainCall">How the plan is asked for, for example <c>Explain()</c>.</param>
/// <param name="Explain">Works out the plan without sending anything.</param>
/// <param name="Run">Runs the query against the local endpoint.</param>
internal sealed record DemoExample(
    string Title,
    string Boto3,
    string Code,
    string ExplainCall,
    Func<QueryExplanation> Explain,
    Func<CancellationToken, Task<DemoResult>> Run)
{
    /// <summary>A line or two on what the requests show, printed last.</summary>
    public string? Note { get; init; }

    /// <summary>Writes the data the example needs, before its plan and run; <see langword="null"/> when the seed has it.</summary>
    public Func<CancellationToken, Task>? Setup { get; init; }
}

/// <summary>What an example returned: items, one value, or the error it was expected to throw.</summary>
internal sealed record DemoResult(IReadOnlyList<string>? Items, string? Value, Exception? Error)
{
    public static DemoResult Of(IEnumerable<string> items) => new([.. items], null, null);

    public static DemoResult Single(object? value) => new(null, value switch
    {
        null => "null",
        IFormattable number when value is int or long => number.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    }, null);

    public static DemoResult Threw(Exception error) => new(null, null, error);
}
