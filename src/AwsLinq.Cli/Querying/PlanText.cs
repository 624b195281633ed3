namespace AwsLinq.Cli.Querying;

/// <summary>
/// A plan as <c>--explain</c> prints it: the library's text, with the CLI's own column projection (an array of boxed
/// values, noise to a reader) shown as the columns it selects.
/// </summary>
internal static class PlanText
{
    public static string Format(QueryExplanation plan, ItemKind kind, IReadOnlyList<string> columns)
    {
        var text = plan.ToString();
        var projection = plan.InMemory.LastOrDefault(step => step.StartsWith($"select {kind.Parameter} => new[] {{", StringComparison.Ordinal));
        return projection is null ? text : text.Replace(projection, $"select {string.Join(", ", columns)}", StringComparison.Ordinal);
    }
}
