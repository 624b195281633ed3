namespace AwsLinq.Cli.Querying;

/// <summary>
/// The in-memory steps of a listing's plan as <c>--explain</c> shows them: the CLI's own column projection (an array of
/// boxed values, noise to a reader) is shown as the columns it selects.
/// </summary>
internal static class PlanText
{
    public static IReadOnlyList<string> InMemory(QueryExplanation plan, ItemKind kind, IReadOnlyList<string> columns)
    {
        var projection = $"select {kind.Parameter} => new[] {{";
        return plan.InMemory
            .Select(step => step.StartsWith(projection, StringComparison.Ordinal) ? $"select {string.Join(", ", columns)}" : step)
            .ToList();
    }
}
