namespace AwsLinq;

/// <summary>The running tally of a batch action; safe to add to from concurrent calls.</summary>
internal sealed class BatchProgress(string action, bool dryRun)
{
    private readonly List<string> _succeeded = [];
    private readonly List<BatchFailure> _failed = [];
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

    public void Add(BatchOutcome outcome, int calls)
    {
        lock (_lock)
        {
            _succeeded.AddRange(outcome.Succeeded);
            _failed.AddRange(outcome.Failed);
            _calls += calls;
        }
    }

    public BatchResult ToResult()
    {
        lock (_lock)
        {
            return new BatchResult(action, DryRun, [.. _succeeded], [.. _failed], _calls);
        }
    }
}
