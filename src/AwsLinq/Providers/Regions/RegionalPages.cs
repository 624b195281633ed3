namespace AwsLinq.Providers;

/// <summary>
/// The pages of one region's listing, each item tagged with the region. The region's own early end (an upper bound
/// its resource declared) ends this region's listing only. An error that asking again would not mend is named with
/// the region; transient ones go to the core's retries as they are.
/// </summary>
internal sealed class RegionalPages<TItem>(string listing, RegionalListing<TItem> region, IPageSource<TItem> pages, Func<TItem, bool>? stopWhen)
    : IPageSource<Regional<TItem>>
    where TItem : class
{
    public bool HasTruncationFlag => pages.HasTruncationFlag;

    public async Task<ResourcePage<Regional<TItem>>> FetchAsync(string? token, CancellationToken cancellationToken)
    {
        ResourcePage<TItem> page;
        try
        {
            page = await pages.FetchAsync(token, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && !TransientErrors.IsTransient(e, cancellationToken))
        {
            throw new RegionalListingException(listing, region.Region, region.Resource.Endpoint, e);
        }

        var items = new List<Regional<TItem>>(page.Items.Count);
        foreach (var item in page.Items)
        {
            if (stopWhen is not null && stopWhen(item))
            {
                // No later item of this region can match; the next region's listing goes on.
                return new(items, null, pages.HasTruncationFlag ? false : null) { OtherEntries = page.OtherEntries };
            }

            items.Add(new Regional<TItem>(region.Region, item));
        }

        return new(items, page.NextToken, page.IsTruncated) { OtherEntries = page.OtherEntries };
    }
}
