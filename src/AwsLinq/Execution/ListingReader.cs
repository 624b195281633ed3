using System.Runtime.CompilerServices;

namespace AwsLinq.Execution;

/// <summary>Streams the items of a resource's listings, one page at a time.</summary>
internal static class ListingReader
{
    public static async IAsyncEnumerable<object> Read<TItem>(
        AwsResource<TItem> resource,
        IReadOnlyList<ListingSegment<TItem>> segments,
        Func<TItem, bool>? stopWhen,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TItem : class
    {
        foreach (var segment in segments)
        {
            var read = 0;
            var pages = PageGuard.Guard(resource, segment.Pages(cancellationToken), cancellationToken);
            await foreach (var page in pages.ConfigureAwait(false))
            {
                foreach (var item in page.Items)
                {
                    if (stopWhen is not null && stopWhen(item))
                    {
                        // The segments come in listing order: nothing after this item can match.
                        yield break;
                    }

                    read++;
                    if (segment.Accept is null || segment.Accept(item))
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
        }
    }
}
