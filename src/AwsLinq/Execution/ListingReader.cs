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
        ListingPolicy policy,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TItem : class
    {
        var stopWhen = translation.StopWhen?.Compile();
        var order = resource.Order;
        var seen = translation.DistinctBy is null ? null : new HashSet<string>(StringComparer.Ordinal);
        long itemsRead = 0;
        string? lastKey = null;
        foreach (var segment in segments)
        {
            var read = 0;
            string? previous = null;
            var loop = new PageLoop<TItem>(
                resource.Describe(), resource.Endpoint, segment.Pages, policy, itemsRead, () => order?.ResumeAfter(lastKey));
            await foreach (var page in loop.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var item in page.Items)
                {
                    if (order is not null)
                    {
                        lastKey = previous = CheckOrder(resource, order, previous, item);
                    }

                    if (stopWhen is not null && stopWhen(item))
                    {
                        // The segments come in listing order: nothing after this item can match.
                        yield break;
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

                if (read == segment.MaxItems)
                {
                    break;
                }
            }

            itemsRead = loop.ItemsRead;
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
