namespace AwsLinq;

/// <summary>The running tally of a batch action; safe to add to from concurrent calls.</summary>
internal sealed class BatchProgress(string action, bool dryRun)
{
    // Each with the call's place in the order the calls were sent: calls in flight together finish in any order,
    // but the result lists items in the order the query selected them.
    private readonly List<(long Call, string Id)> _succeeded = [];
    private readonly List<(long Call, BatchFailure Failure)> _failed = [];
    private readonly List<string> _anomalies = [];
    private readonly Lock _lock = new();
    private int _calls;

    public bool DryRun { get; } = dryRun;

    public int CallCount
    {
        get
        {
            lock (_lock)
            {
                return _calls;
            }
        }
    }

    public static string Calls(int count) => count == 1 ? "1 call" : $"{count} calls";

    /// <summary>
    /// Records what a call did to the items it was sent, trusting the answer no further than the items sent: an
    /// item named twice counts once (a failure wins), an item not sent is ignored and reported as an anomaly, and
    /// an item the answer does not name at all is failed, never assumed done.
    /// </summary>
    public void Add(IReadOnlyList<string> sent, BatchOutcome outcome, int calls, long order)
    {
        var pending = new HashSet<string>(sent, StringComparer.Ordinal);
        var failed = new List<BatchFailure>();
        var anomalies = new List<string>();
        foreach (var failure in outcome.Failed)
        {
            if (pending.Remove(failure.Id))
            {
                failed.Add(failure);
            }
            else if (!sent.Contains(failure.Id, StringComparer.Ordinal))
            {
                anomalies.Add($"{action}: the service reported an error ({failure.ErrorCode}) for '{failure.Id}', which was not sent.");
            }
        }

        var succeeded = new List<string>();
        foreach (var id in outcome.Succeeded)
        {
            if (pending.Remove(id))
            {
                succeeded.Add(id);
            }
            else if (!sent.Contains(id, StringComparer.Ordinal))
            {
                anomalies.Add($"{action}: the service reported '{id}' as done, which was not sent.");
            }
        }

        // Kept in the order sent, so that a per-page action reports items in query order.
        var done = succeeded.ToHashSet(StringComparer.Ordinal);
        var succeededInOrder = sent.Where(done.Remove).ToList();
        foreach (var id in sent.Where(pending.Contains).Distinct(StringComparer.Ordinal))
        {
            failed.Add(new BatchFailure(id, "NoAnswer", "The service's answer did not say what happened to this item, so it is not counted as done."));
        }

        lock (_lock)
        {
            _succeeded.AddRange(succeededInOrder.Select(id => (order, id)));
            _failed.AddRange(failed.Select(f => (order, f)));
            _anomalies.AddRange(anomalies);
            _calls += calls;
        }
    }

    public BatchResult ToResult()
    {
        lock (_lock)
        {
            return new BatchResult(action, DryRun, [.. _succeeded.OrderBy(s => s.Call).Select(s => s.Id)], [.. _failed.OrderBy(f => f.Call).Select(f => f.Failure)], _calls)
            {
                Anomalies = [.. _anomalies],
            };
        }
    }
}
