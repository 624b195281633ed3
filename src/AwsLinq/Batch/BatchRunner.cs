using Amazon.Runtime;

namespace AwsLinq;

/// <summary>
/// Runs batch actions over the items an AwsLinq query selects, for service packages. Items stream from the
/// listing; each page or item is acted on as it arrives, so the listing is never held in memory whole. A call
/// the service refuses (an <see cref="AmazonServiceException"/>) is recorded for its items and the action goes
/// on; cancellation stops before the next call and reports what was done.
/// </summary>
public static class BatchRunner
{
    /// <summary>Acts on the selected items one call per page of at most <paramref name="pageSize"/> items.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="query">The AwsLinq query whose results are acted on, with all its operators.</param>
    /// <param name="action">The action's name for results and errors, for example <c>DeleteObjects</c>.</param>
    /// <param name="pageSize">The most items one call takes.</param>
    /// <param name="id">The identifier reported for an item.</param>
    /// <param name="act">Sends one call for a page; its second argument says whether to send it as the service's own dry run.</param>
    /// <param name="serviceDryRun">Whether the service has a dry run of its own; otherwise a dry run sends no call.</param>
    /// <param name="options">The dry-run setting; <see langword="null"/> for a real run.</param>
    /// <param name="cancellationToken">Stops the action before its next call.</param>
    /// <returns>Every item acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is less than 1.</exception>
    /// <exception cref="BatchActionCanceledException">The action was cancelled; its result says how far it got.</exception>
    public static async Task<BatchResult> RunPagedAsync<TItem>(
        IQueryable<TItem> query,
        string action,
        int pageSize,
        Func<TItem, string> id,
        Func<IReadOnlyList<TItem>, bool, CancellationToken, Task<BatchOutcome>> act,
        bool serviceDryRun,
        BatchOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var progress = new BatchProgress(action, options?.DryRun == true);
        var page = new List<TItem>(Math.Min(pageSize, 1000));
        try
        {
            await foreach (var item in query.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                page.Add(item);
                if (page.Count == pageSize)
                {
                    await ActAsync(page).ConfigureAwait(false);
                    page.Clear();
                }
            }

            if (page.Count > 0)
            {
                await ActAsync(page).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException canceled) when (cancellationToken.IsCancellationRequested)
        {
            throw new BatchActionCanceledException(progress.ToResult(), canceled);
        }

        return progress.ToResult();

        async Task ActAsync(IReadOnlyList<TItem> items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = items.Select(id).ToArray();
            if (progress.DryRun && !serviceDryRun)
            {
                progress.Add(BatchOutcome.AllSucceeded(ids), calls: 0);
                return;
            }

            progress.Add(await OutcomeAsync(() => act(items, progress.DryRun, cancellationToken), ids).ConfigureAwait(false), calls: 1);
        }
    }

    /// <summary>Acts on the selected items one call per item, at most <paramref name="maxConcurrency"/> at once.</summary>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="query">The AwsLinq query whose results are acted on, with all its operators.</param>
    /// <param name="action">The action's name, for example <c>DeleteQueue</c>.</param>
    /// <param name="maxConcurrency">How many calls may run at once.</param>
    /// <param name="id">The identifier reported for an item.</param>
    /// <param name="act">Sends the call for one item.</param>
    /// <param name="options">The dry-run setting: a dry run sends no call.</param>
    /// <param name="cancellationToken">Stops the action before its next call.</param>
    /// <returns>Every item acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxConcurrency"/> is less than 1.</exception>
    /// <exception cref="BatchActionCanceledException">The action was cancelled; its result says how far it got.</exception>
    public static async Task<BatchResult> RunPerItemAsync<TItem>(
        IQueryable<TItem> query,
        string action,
        int maxConcurrency,
        Func<TItem, string> id,
        Func<TItem, CancellationToken, Task> act,
        BatchOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        var progress = new BatchProgress(action, options?.DryRun == true);
        var running = new List<Task>();
        using var gate = new SemaphoreSlim(maxConcurrency);
        try
        {
            await foreach (var item in query.AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                string[] ids = [id(item)];
                if (progress.DryRun)
                {
                    progress.Add(BatchOutcome.AllSucceeded(ids), calls: 0);
                    continue;
                }

                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                running.Add(RunOneAsync(item, ids));
            }
        }
        catch (OperationCanceledException canceled) when (cancellationToken.IsCancellationRequested)
        {
            await Task.WhenAll(running).ConfigureAwait(false);
            throw new BatchActionCanceledException(progress.ToResult(), canceled);
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        return progress.ToResult();

        async Task RunOneAsync(TItem item, string[] ids)
        {
            try
            {
                var outcome = await OutcomeAsync(async () => { await act(item, CancellationToken.None).ConfigureAwait(false); return BatchOutcome.AllSucceeded(ids); }, ids).ConfigureAwait(false);
                progress.Add(outcome, calls: 1);
            }
            finally
            {
                gate.Release();
            }
        }
    }

    // A refusal by the service belongs in the result; anything else (a network failure) ends the action.
    private static async Task<BatchOutcome> OutcomeAsync(Func<Task<BatchOutcome>> call, IReadOnlyList<string> ids)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonServiceException e) when (e is not { ErrorCode: null })
        {
            return BatchOutcome.AllFailed(ids, e.ErrorCode, e.Message);
        }
    }
}
