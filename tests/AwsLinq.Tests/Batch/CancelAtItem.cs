namespace AwsLinq.Tests.Batch;

/// <summary>
/// An in-memory predicate that lets every item through and cancels its token when it sees the item numbered
/// <c>at</c> (from 1): a cancellation at a known point of the listing, without timing.
/// </summary>
internal sealed class CancelAtItem(int at) : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private int _seen;

    public CancellationToken Token => _source.Token;

    /// <summary>The id of the item at which the token was cancelled.</summary>
    public string? CancelledAt { get; private set; }

    public bool See(string id)
    {
        if (Interlocked.Increment(ref _seen) == at)
        {
            CancelledAt = id;
            _source.Cancel();
        }

        return true;
    }

    public void Dispose() => _source.Dispose();
}
