using AwsLinq.Cli.Querying;

namespace AwsLinq.Cli.Actions;

/// <summary>What a batch-action command was asked for.</summary>
/// <param name="Query">Which items to act on: a predicate, or every item with <c>--all</c>.</param>
/// <param name="DryRun">Select the items, and let the service check the action where it can, without changing anything.</param>
/// <param name="Yes">The user confirmed the action.</param>
/// <param name="Explain">Print the plan and send nothing.</param>
internal sealed record ActionRequest(QuerySpec Query, bool DryRun, bool Yes, bool Explain)
{
    /// <summary>Gets the regions to act in at once (<c>--regions</c>): names, comma-separated, or <c>all</c>.</summary>
    public string? Regions { get; init; }
}
