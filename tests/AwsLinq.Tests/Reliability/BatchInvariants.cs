namespace AwsLinq.Tests.Reliability;

/// <summary>
/// What a batch action under faults must leave: succeeded + failed is exactly what was selected, no item reported
/// done is still there, and every item still there was reported failed. Checked with sets, in linear time.
/// </summary>
public static class BatchInvariants
{
    public static void ShouldAccountFor(this BatchResult result, IReadOnlyCollection<string> selected, IReadOnlySet<string> left, int seed)
    {
        var failed = result.Failed.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var reported = result.Succeeded.Concat(failed).Order(StringComparer.Ordinal).ToList();
        reported.Should().Equal(selected.Order(StringComparer.Ordinal), $"succeeded + failed is what was selected, each once (seed {seed})");
        result.Succeeded.Where(left.Contains).Should().BeEmpty($"an item reported done is gone (seed {seed})");
        left.Where(id => !failed.Contains(id)).Should().BeEmpty($"an item still there was reported failed (seed {seed})");
    }
}
