using System.Runtime.CompilerServices;
using AwsLinq.Diagnostics;
using AwsLinq.Providers;

namespace AwsLinq.Execution;

/// <summary>
/// Runs a follow-up call over a stream: up to its concurrency of calls in flight, results in
/// the stream's order. Calls still in flight when the consumer stops are cancelled and awaited.
/// </summary>
internal static class FollowUpRunner
{
    public static async IAsyncEnumerable<TItem> Run<TItem>(
        IAsyncEnumerable<TItem> items, PlannedFollowUp<TItem> followUp, ListingPolicy policy, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TItem : class
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var window = new Queue<Task<TItem?>>();
        try
        {
            await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                window.Enqueue(TransientRetry.RunAsync(() => Observed.FollowUp(followUp.Call.CompleteAsync(item, stop.Token)), policy, stop.Token));
                if (window.Count >= followUp.MaxConcurrency && await window.Dequeue().ConfigureAwait(false) is { } completed)
                {
                    yield return completed;
                }
            }

            while (window.Count > 0)
            {
                if (await window.Dequeue().ConfigureAwait(false) is { } completed)
                {
                    yield return completed;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var pending in window)
            {
                try
                {
                    await pending.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // A call the consumer no longer waits for (it stopped, or failed elsewhere): its outcome is moot,
                    // and throwing here would hide the reason the stream ended.
                }
            }
        }
    }
}
