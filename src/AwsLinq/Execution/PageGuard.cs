using System.Runtime.CompilerServices;

namespace AwsLinq.Execution;

/// <summary>
/// Checks each page before its items are used: a token the service already sent would loop forever,
/// and a truncated page without a token would end the listing early with items missing.
/// </summary>
internal static class PageGuard
{
    public static async IAsyncEnumerable<ResourcePage<TItem>> Guard<TItem>(
        AwsResource<TItem> resource,
        IAsyncEnumerable<ResourcePage<TItem>> pages,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TItem : class
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        var enumerator = pages.GetAsyncEnumerator(cancellationToken);
        await using var _ = enumerator.ConfigureAwait(false);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                yield break;
            }

            var page = enumerator.Current;
            count++;
            if (page.NextToken is { } token && !tokens.Add(token))
            {
                throw new InvalidOperationException(
                    $"{resource.Describe()} returned the continuation token '{token}' a second time (page {count}). " +
                    "Paging stopped so that no page is read twice or forever; the service or a proxy in between is not paging correctly.");
            }

            if (page.NextToken is null && page.IsTruncated)
            {
                throw new InvalidOperationException(
                    $"{resource.Describe()} returned a truncated page (page {count}) without a continuation token, " +
                    "so the rest of the listing cannot be read. Paging stopped rather than return an incomplete result.");
            }

            yield return page;
        }
    }
}
