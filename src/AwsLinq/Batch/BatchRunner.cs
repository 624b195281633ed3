using System.Runtime.ExceptionServices;
using Amazon.Runtime;
using AwsLinq.Query;

namespace AwsLinq;

/// <summary>
/// Runs batch actions over the items an AwsLinq query selects. Items stream from the listing; each page or item is
/// acted on as it arrives, so the listing is never held in memory whole. A call the service refuses (an
/// <see cref="AmazonServiceException"/>) is recorded for its items and the action goes on. Cancellation stops before
/// the next call; a call already sent is let finish so that its outcome is known.
/// </summary>
internal static class BatchRunner
{
    private static readonly IReadOnlySet<string> NothingDone = new HashSet<string>();

    public static async Task<BatchResult> RunPagedAsync<TItem>(
        IQueryable<TItem> query,
        string action,
        int pageSize,
        Func<TItem, string> id,
        Func<TItem, string>? scope,
        Func<IReadOnlyList<TItem>, bool, CancellationToken, Task<BatchOutcome>> act,
        BatchDryRun dryRunKind,
        bool dryRun,
        CancellationToken cancellationToken)
    {
        var progress = new BatchProgress(action, dryRun);
        var page = new List<TItem>(Math.Min(pageSize, 1000));
        string? pageScope = null;
        long sent = 0;
        var parallelism = AwsQueryProvider.ParallelismOf(query);
        using var calls = new BoundedCalls(parallelism);
        try
        {
            await foreach (var item in Selected(query, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (scope is not null)
                {
                    // A call takes the items of one scope (one bucket): a page ends where the next item's scope differs.
                    var itemScope = scope(item);
                    if (page.Count > 0 && !string.Equals(itemScope, pageScope, StringComparison.Ordinal))
                    {
                        await SendAsync().ConfigureAwait(false);
                    }

                    pageScope = itemScope;
                }

                page.Add(item);
                if (page.Count == pageSize)
                {
                    await SendAsync().ConfigureAwait(false);
                }
            }

            if (page.Count > 0)
            {
                await SendAsync().ConfigureAwait(false);
            }

            if (await calls.WhenAllAsync().ConfigureAwait(false) is { } failed)
            {
                ExceptionDispatchInfo.Capture(failed).Throw();
            }
        }
        catch (Exception e)
        {
            var failure = await calls.WhenAllAsync().ConfigureAwait(false) ?? e;
            throw Stopped(progress, failure, cancellationToken);
        }

        return progress.ToResult();

        // One call at a time, in turn with the listing, or up to the query's degree of parallelism while it goes on.
        async Task SendAsync()
        {
            if (parallelism == 1)
            {
                await ActAsync(page, sent++).ConfigureAwait(false);
                page.Clear();
                return;
            }

            TItem[] items = [.. page];
            page.Clear();
            var order = sent++;
            await calls.StartAsync(() => ActAsync(items, order), cancellationToken).ConfigureAwait(false);
        }

        async Task ActAsync(IReadOnlyList<TItem> items, long order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prefix = scope is null ? null : scope(items[0]) + "/";
            var ids = items.Select(id).ToArray();
            var named = prefix is null ? ids : [.. ids.Select(i => prefix + i)];
            if (progress.DryRun && dryRunKind == BatchDryRun.Local)
            {
                progress.Add(named, BatchOutcome.AllSucceeded(named), calls: 0, order);
                return;
            }

            // Not cancellable once sent: the service may already have acted, and the result must say so. The call
            // names its items as the service does; the result names them with their scope.
            var outcome = await OutcomeAsync(() => act(items, progress.DryRun, CancellationToken.None), ids, progress, NothingDone, order, named).ConfigureAwait(false);
            progress.Add(named, Scoped(outcome, prefix), outcome.Calls, order);
        }
    }

    public static async Task<BatchResult> RunPerItemAsync<TItem>(
        IQueryable<TItem> query,
        string action,
        int maxConcurrency,
        Func<TItem, string> id,
        Func<TItem, bool, CancellationToken, Task> act,
        IReadOnlySet<string> alreadyDone,
        BatchDryRun dryRunKind,
        bool dryRun,
        CancellationToken cancellationToken)
    {
        var progress = new BatchProgress(action, dryRun);
        var parallelism = AwsQueryProvider.ParallelismOf(query);
        using var calls = new BoundedCalls(parallelism > 1 ? parallelism : maxConcurrency);
        long sent = 0;
        try
        {
            await foreach (var item in Selected(query, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                string[] ids = [id(item)];
                var order = sent++;
                if (progress.DryRun && dryRunKind == BatchDryRun.Local)
                {
                    progress.Add(ids, BatchOutcome.AllSucceeded(ids), calls: 0, order);
                    continue;
                }

                await calls.StartAsync(
                    async () =>
                    {
                        var outcome = await OutcomeAsync(
                            async () =>
                            {
                                await act(item, progress.DryRun, CancellationToken.None).ConfigureAwait(false);
                                return BatchOutcome.AllSucceeded(ids);
                            },
                            ids,
                            progress,
                            alreadyDone,
                            order).ConfigureAwait(false);
                        progress.Add(ids, outcome, calls: 1, order);
                    },
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

    // The selection is read whole, so the listing reads ahead of the calls.
    private static IAsyncEnumerable<TItem> Selected<TItem>(IQueryable<TItem> query, CancellationToken cancellationToken) =>
        query.Provider is AwsQueryProvider provider
            ? provider.Stream<TItem>(query.Expression, readsAll: true, cancellationToken)
            : query.AsAsyncEnumerable();

    // A refusal by the service belongs in the result and the action goes on. Anything else (the endpoint cannot be
    // reached) stops the action, but the call's items are recorded as failed first, so that none is left out.
    private static async Task<BatchOutcome> OutcomeAsync(
        Func<Task<BatchOutcome>> call, IReadOnlyList<string> ids, BatchProgress progress, IReadOnlySet<string> alreadyDone, long order, IReadOnlyList<string>? named = null)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonServiceException e) when (e.ErrorCode is { } code && alreadyDone.Contains(code))
        {
            return BatchOutcome.AllSucceeded(ids);
        }
        catch (AmazonServiceException e) when (e.ErrorCode is not null || e.StatusCode != 0)
        {
            return BatchOutcome.AllFailed(ids, e.ErrorCode ?? $"Http{(int)e.StatusCode}", e.Message);
        }
        catch (Exception e)
        {
            // Recorded as the result names the items (with their scope), since the call's outcome never comes.
            named ??= ids;
            progress.Add(named, BatchOutcome.AllFailed(named, e.GetType().Name, e.Message), calls: 1, order);
            throw;
        }
    }

    private static BatchOutcome Scoped(BatchOutcome outcome, string? prefix) => prefix is null
        ? outcome
        : new BatchOutcome([.. outcome.Succeeded.Select(i => prefix + i)], [.. outcome.Failed.Select(f => f with { Id = prefix + f.Id })]) { Calls = outcome.Calls };

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
