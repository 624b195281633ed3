using System.Runtime.CompilerServices;
using AwsLinq.Diagnostics;
using AwsLinq.Providers;

namespace AwsLinq.Execution;

/// <summary>
/// Pages through one listing: asks for each page with a fresh request, asks again for a page that failed with a
/// transient error, and checks every answer before its items are used. A token sent twice would loop forever; a
/// truncated page without a usable token, or a page that does not say whether it is the last, would end the listing
/// with items missing; an endless run of empty pages would never end. Each is an error rather than a wrong result.
/// </summary>
internal sealed class PageLoop<TItem>(string listing, string endpoint, IPageSource<TItem> source, ListingPolicy policy, long itemsBefore, Func<(string Member, string Key)?> resumeAfter)
{
    /// <summary>
    /// Gets whether the loop reports its pages and its end to the query's observation: a loop that lists one part of
    /// a listing, or entries that are not items, leaves that to whoever runs it.
    /// </summary>
    public bool Observes { get; init; } = true;

    /// <summary>Gets the items read by this query's listings so far, this one included.</summary>
    public long ItemsRead { get; private set; } = itemsBefore;

    /// <summary>Whether the service says another page follows <paramref name="page"/>, once the page has been checked.</summary>
    public static bool HasMore(ResourcePage<TItem> page) => page.IsTruncated ?? page.NextToken is not null;

    /// <summary>
    /// Reads the pages in order. With <paramref name="prefetch"/>, the next page is asked for as soon as a page has
    /// been checked, while its items are being used: one page ahead, never more, and a page asked for ahead that
    /// is no longer wanted is cancelled and waited for before the listing ends.
    /// </summary>
    public async IAsyncEnumerable<ResourcePage<TItem>> ReadAsync(bool prefetch, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var ahead = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        Task<ResourcePage<TItem>>? next = null;
        string? token = null;
        var emptyRun = 0;
        try
        {
            for (var page = 1; ; page++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var fetch = next ?? FetchAsync(token, ahead.Token);
                next = null;
                var answer = await AnswerAsync(fetch, page, cancellationToken).ConfigureAwait(false);
                var more = Check(answer, page, tokens);
                emptyRun = answer.Items.Count + answer.OtherEntries == 0 ? emptyRun + 1 : 0;
                if (more && emptyRun >= policy.MaxConsecutiveEmptyPages)
                {
                    throw Broken($"answered {emptyRun} empty pages in a row (page {page}), each with a new token", "Raise ListingPolicy.MaxConsecutiveEmptyPages if the service really pages this way.");
                }

                if (more && prefetch)
                {
                    next = FetchAsync(answer.NextToken, ahead.Token);
                }

                ItemsRead += answer.Items.Count;
                if (Observes)
                {
                    QueryObservation.Current?.PageRead(answer.Items.Count);
                }

                yield return answer;
                if (!more)
                {
                    if (Observes)
                    {
                        QueryObservation.Current?.ListingEnded();
                    }

                    yield break;
                }

                token = answer.NextToken;
            }
        }
        finally
        {
            if (next is not null)
            {
                await ahead.CancelAsync().ConfigureAwait(false);
                await next.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    private Task<ResourcePage<TItem>> FetchAsync(string? token, CancellationToken cancellationToken) =>
        TransientRetry.RunAsync(() => Observed.Call(source.FetchAsync(token, cancellationToken)), policy, cancellationToken);

    // The error is made when the page is wanted, so that it counts the items delivered before it.
    private async Task<ResourcePage<TItem>> AnswerAsync(Task<ResourcePage<TItem>> fetch, int page, CancellationToken cancellationToken)
    {
        try
        {
            return await fetch.ConfigureAwait(false);
        }
        catch (Exception e) when (TransientErrors.IsTransient(e, cancellationToken))
        {
            throw new ListingInterruptedException(Named(), page, policy.MaxPageAttempts, ItemsRead, e, resumeAfter());
        }
    }

    // Whether another page follows.
    private bool Check(ResourcePage<TItem> answer, int page, HashSet<string> tokens)
    {
        if (answer.NextToken is "")
        {
            throw Broken($"answered page {page} with an empty continuation token", "The rest of the listing cannot be read, so paging stopped rather than return an incomplete result.");
        }

        if (source.HasTruncationFlag && answer.IsTruncated is null)
        {
            throw Broken($"answered page {page} without saying whether it is truncated (no IsTruncated)", "Paging stopped rather than guess whether items are missing.");
        }

        var more = answer.IsTruncated ?? answer.NextToken is not null;
        if (more && answer.NextToken is null)
        {
            throw Broken($"answered a truncated page (page {page}) without a continuation token", "The rest of the listing cannot be read, so paging stopped rather than return an incomplete result.");
        }

        if (more && !tokens.Add(answer.NextToken!))
        {
            throw Broken($"returned the continuation token '{answer.NextToken}' a second time (page {page})", "Paging stopped so that no page is read twice or forever.");
        }

        return more;
    }

    private BrokenListingException Broken(string what, string consequence) =>
        new($"{Named()} {what}. {consequence} The service or a proxy in between is not paging as the API requires.");

    private string Named() => $"{listing} at {endpoint}";
}
