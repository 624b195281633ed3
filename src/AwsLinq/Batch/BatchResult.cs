namespace AwsLinq;

/// <summary>
/// What a batch action did: every item it acted on and every item it failed on, with the service's error.
/// <see cref="Succeeded"/> plus <see cref="Failed"/> is always every item the query selected (up to cancellation).
/// </summary>
public sealed class BatchResult
{
    internal BatchResult(string action, bool dryRun, IReadOnlyList<string> succeeded, IReadOnlyList<BatchFailure> failed, int calls)
    {
        Action = action;
        DryRun = dryRun;
        Succeeded = succeeded;
        Failed = failed;
        Calls = calls;
    }

    /// <summary>Gets the action, for example <c>DeleteObjects</c>.</summary>
    public string Action { get; }

    /// <summary>Gets whether this was a dry run: <see cref="Succeeded"/> then lists what would have been acted on.</summary>
    public bool DryRun { get; }

    /// <summary>
    /// Gets the identifiers (keys, instance ids, queue URLs) of the items acted on: in query order for actions
    /// made per page, in the order calls finished for actions made per item.
    /// </summary>
    public IReadOnlyList<string> Succeeded { get; }

    /// <summary>Gets the items the service refused, with its error code and message.</summary>
    public IReadOnlyList<BatchFailure> Failed { get; }

    /// <summary>Gets the number of items the query selected: <see cref="Succeeded"/> plus <see cref="Failed"/>.</summary>
    public int Selected => Succeeded.Count + Failed.Count;

    /// <summary>
    /// Gets what the service answered that its API rules out, and that the result therefore ignored: errors for
    /// items that were not sent, items named as done that were not sent. Empty from a service that keeps its contract.
    /// </summary>
    public IReadOnlyList<string> Anomalies { get; internal init; } = [];

    /// <summary>Gets the number of action calls sent (none in a dry run without a service-side check).</summary>
    public int Calls { get; }

    /// <summary>Gets whether every selected item succeeded.</summary>
    public bool AllSucceeded => Failed.Count == 0;

    /// <summary>Summarizes the result in one line.</summary>
    /// <returns>
    /// For example <c>DeleteObjects: 2500 selected, 2498 succeeded, 2 failed in 3 calls</c>, or for a dry run
    /// <c>DeleteObjects (dry run): 2500 selected, would act on 2500, 0 refused, 0 calls sent</c>.
    /// </returns>
    public override string ToString() => DryRun
        ? $"{Action} (dry run): {Selected} selected, would act on {Succeeded.Count}, {Failed.Count} refused, {BatchProgress.Calls(Calls)} sent"
        : $"{Action}: {Selected} selected, {Succeeded.Count} succeeded, {Failed.Count} failed in {BatchProgress.Calls(Calls)}";
}
