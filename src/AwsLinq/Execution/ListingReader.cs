using System.Runtime.CompilerServices;
using AwsLinq.Providers;

namespace AwsLinq.Execution;

/// <summary>
/// Streams the items of a resource's listings, one page at a time, in listing order: checks the order the service
/// guarantees, ends at the first item past an upper bound, and drops items an earlier listing already returned.
/// </summary>
internal static class ListingReader
{
    public static async IAsyncEnumerable<object> Read<TItem>(
        AwsResource<TItem> resource,
        ResourceTranslation<TItem> translation,
        IReadOnlyList<ListingSegment<TItem>> segments,
        ListingRun run,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TItem : class
    {
        var stopWhen = translation.StopWhen?.Compile();
        var order = resource.Order;
        var seen = translation.DistinctBy is null ? null : new HashSet<string>(StringComparer.Ordinal);
        long itemsRead = 0;
        string? stoppedSource = null;
        string? lastKey = null;
        string? source = null;
        Func<(string Member, string Key)?> resumeAfter = () => source is null ? order?.ResumeAfter(lastKey) : null;
        var parallel = Parallel(resource, segments, run, findFolders: run.Whole && stopWhen is null, cancellationToken);
        try
        {
            for (var index = 0; index < segments.Count; index++)
            {
                var segment = segments[index];
                var read = 0;
                var stopped = false;
                string? previous = null;
                if (stoppedSource is not null && segment.Source == stoppedSource)
                {
                    // An early stop in this source ended its listing: its later segments are past the bound too.
                    parallel?.Abandon(index);
                    continue;
                }

                source = segment.Source;
                var loop = parallel is null ? new PageLoop<TItem>(segment.Named(resource.Describe()), segment.Origin ?? resource.Endpoint, segment.Pages, run.Policy, itemsRead, resumeAfter) : null;
                var pages = loop is null
                    ? parallel!.PagesOf(index, () => itemsRead, resumeAfter, cancellationToken)
                    : Items(loop.ReadAsync(run.Prefetch && (run.PrefetchAsked || (segment.MaxItems is null && stopWhen is null)), cancellationToken));
                await foreach (var page in pages.ConfigureAwait(false))
                {
                    foreach (var item in page)
                    {
                        if (order is not null)
                        {
                            lastKey = previous = CheckOrder(resource, order, previous, item);
                        }

                        if (stopWhen is not null && stopWhen(item))
                        {
                            // Nothing after this item in its source can match: in any later segment, unless each
                            // segment names a source of its own.
                            if (segment.Source is null)
                            {
                                yield break;
                            }

                            stopped = true;
                            stoppedSource = segment.Source;
                            break;
                        }

                        read++;
                        if ((segment.Accept is null || segment.Accept(item)) && (seen is null || seen.Add(translation.DistinctBy!(item))))
                        {
                            yield return item;
                        }

                        if (read == segment.MaxItems)
                        {
                            break;
                        }
                    }

                    if (loop is null)
                    {
                        itemsRead += page.Count;
                    }

                    if (read == segment.MaxItems || stopped)
                    {
                        break;
                    }
                }

                itemsRead = loop?.ItemsRead ?? itemsRead;
            }
        }
        finally
        {
            if (parallel is not null)
            {
                await parallel.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    // Parallel only where there is something to list at once: several listings, or one that can be split.
    private static ParallelListing<TItem>? Parallel<TItem>(AwsResource<TItem> resource, IReadOnlyList<ListingSegment<TItem>> segments, ListingRun run, bool findFolders, CancellationToken cancellationToken)
        where TItem : class =>
        run.Parallelism > 1 && (segments.Count > 1 || segments.Any(s => s is { Ranges: not null, MaxItems: null }))
            ? new ParallelListing<TItem>(resource, segments, run.Parallelism, run.Limit, findFolders, run.Policy, cancellationToken)
            : null;

    private static async IAsyncEnumerable<IReadOnlyList<TItem>> Items<TItem>(IAsyncEnumerable<ResourcePage<TItem>> pages)
    {
        await foreach (var page in pages.ConfigureAwait(false))
        {
            yield return page.Items;
        }
    }

    // One comparison per item: early stops, merged listings and orderings without a sort all rely on the order.
    private static string CheckOrder<TItem>(AwsResource<TItem> resource, ListingOrder<TItem> order, string? previous, TItem item)
        where TItem : class
    {
        var key = order.KeyOf(item);
        if (order.Breach(previous, key) is { } what)
        {
            throw new BrokenListingException(
                $"{resource.Describe()} at {resource.Endpoint} listed '{previous}' and then '{key}' ({what}), but {resource.Service} lists in {order.Promise}. " +
                "Paging stopped rather than return duplicates or stop early; the server is not listing as the API requires.");
        }

        return key;
    }
}
