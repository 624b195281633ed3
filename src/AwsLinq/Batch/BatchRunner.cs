using System.Runtime.ExceptionServices;
using Amazon.Runtime;

namespace AwsLinq;

/// <summary>
/// Runs batch actions over the items an AwsLinq query selects, for service packages. Items stream from the
/// listing; each page or item is acted on as it arrives, so the listing is never held in memory whole. A call
/// the service refuses (an <see cref="AmazonServiceException"/>) is recorded for its items and the action goes
/// on. Cancellation stops before the next call; a call already sent is let finish so that its outcome is known.
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
    /// <param name="cancellationToken">Stops the action before its next call, and the listing.</param>
    /// <returns>Every item acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is less than 1.</exception>
    /// <exception cref="BatchActionCanceledException">The action was cancelled; its result says how far it got.</exception>
    /// <exception cref="BatchActionException">An error other than a refusal stopped the action after it had made calls.</exception>
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
        catch (Exception e)
        {
            throw Stopped(progress, e, cancellationToken);
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

            // Not cancellable once sent: the service may already have acted, and the result must say so.
            progress.Add(await OutcomeAsync(() => act(items, progress.DryRun, CancellationToken.None), ids, progress).ConfigureAwait(false), calls: 1);
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
    /// <param name="cancellationToken">Stops the action before its next call, and the listing.</param>
    /// <returns>Every item acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxConcurrency"/> is less than 1.</exception>
    /// <exception cref="BatchActionCanceledException">The action was cancelled; its result says how far it got.</exception>
    /// <exception cref="BatchActionException">An error other than a refusal stopped the action after it had made calls.</exception>
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
        using var calls = new BoundedCalls(maxConcurrency);
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

                await calls.StartAsync(
                    async () => progress.Add(await OutcomeAsync(async () => { await act(item, CancellationToken.None).ConfigureAwait(false); return BatchOutcome.AllSucceeded(ids); }, ids, progress).ConfigureAwait(false), calls: 1),
                    cancellationToken).ConfigureAwait(false);
            }

            if (await calls.WhenAllAsync().ConfigureAwait(false) is { } failed)
            {
                ExceptionDispatchInfo.Capture(failed).Throw();
            }
        }
        catch (Exception e)
        {
            // Calls already sent finish first, so that the result counts what they did.
            var failure = await calls.WhenAllAsync().ConfigureAwait(false) ?? e;
            throw Stopped(progress, failure, cancellationToken);
        }

        return progress.ToResult();
    }

    // A refusal by the service belongs in the result and the action goes on. Anything else (the endpoint cannot be
    // reached) stops the action, but the call's items are recorded as failed first, so that none is left out.
    private static async Task<BatchOutcome> OutcomeAsync(Func<Task<BatchOutcome>> call, IReadOnlyList<string> ids, BatchProgress progress)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonServiceException e) when (e.ErrorCode is not null || e.StatusCode != 0)
        {
            return BatchOutcome.AllFailed(ids, e.ErrorCode ?? $"Http{(int)e.StatusCode}", e.Message);
        }
        catch (Exception e)
        {
            progress.Add(BatchOutcome.AllFailed(ids, e.GetType().Name, e.Message), calls: 1);
            throw;
        }
    }

    private static Exception Stopped(BatchProgress progress, Exception error, CancellationToken cancellationToken)
    {
        if (error is OperationCanceledException canceled && cancellationToken.IsCancellationRequested)
        {
            return new BatchActionCanceledException(progress.ToResult(), canceled);
        }

        if (progress.CallCount > 0)
        {
            return new BatchActionException(progress.ToResult(), error);
        }

        // Nothing was done yet: the error itself (NoSuchBucket, an unsupported query) says all there is.
        ExceptionDispatchInfo.Capture(error).Throw();
        return error;
    }
}
