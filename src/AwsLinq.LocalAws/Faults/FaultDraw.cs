namespace AwsLinq.LocalAws.Faults;

/// <summary>The faults that hit one request: a delay, at most one error or drop, and the misbehaviours of its answer.</summary>
internal sealed class FaultDraw
{
    public static FaultDraw None { get; } = new([]);

    public FaultDraw(IReadOnlyList<LocalFault> hits)
    {
        Hits = hits;
        Delay = TimeSpan.FromTicks(hits.Where(f => f.Kind == LocalFaultKind.Delay).Sum(f => f.Duration.Ticks));
        Failure = hits.FirstOrDefault(f => f.Kind is LocalFaultKind.Error or LocalFaultKind.DropBeforeActing or LocalFaultKind.DropAfterActing);
    }

    public IReadOnlyList<LocalFault> Hits { get; }

    public TimeSpan Delay { get; }

    /// <summary>The first error or drop among the hits; the ones after it cannot apply to the same request.</summary>
    public LocalFault? Failure { get; }

    public bool Has(LocalFault misbehaviour) => Hits.Contains(misbehaviour);

    /// <summary>The faults that applied, comma-joined, for the request log; <see langword="null"/> when none did.</summary>
    public string? Describe() =>
        Hits.Count == 0 ? null : string.Join(", ", Hits.Where(f => f.Kind is LocalFaultKind.Delay or LocalFaultKind.Misbehaviour || ReferenceEquals(f, Failure)));
}
