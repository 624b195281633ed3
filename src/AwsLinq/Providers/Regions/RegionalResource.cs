using System.Linq.Expressions;

namespace AwsLinq.Providers;

/// <summary>
/// The same listing in several regions, one resource per region, as one listing of items tagged with their region:
/// the regions' listings become the segments of one query, in the order the regions were given, so the core lists
/// them concurrently and hands their items out in that order, as it does for ORed prefixes.
/// </summary>
internal sealed class RegionalResource<TItem> : AwsResource<Regional<TItem>>
    where TItem : class
{
    // Each region is its own endpoint with its own limits, so listing several at once costs no region more; the
    // bound keeps a query over every region from opening a connection to each at once.
    private const int MaxDefaultParallelism = 8;

    private readonly IReadOnlyList<RegionalListing<TItem>> _regions;

    public RegionalResource(IReadOnlyList<RegionalListing<TItem>> regions)
        : base(regions[0].Resource.Service, regions[0].Resource.Operation, regions[0].Resource.PageSize, string.Join(", ", regions.Select(r => r.Origin)))
    {
        _regions = regions;
        FollowUps = [.. regions[0].Resource.FollowUps.Select((_, i) => FollowUp(i))];
    }

    public override IReadOnlyList<ItemFollowUp<Regional<TItem>>> FollowUps { get; }

    /// <summary>Gets the regions' listings, in the order their items come.</summary>
    public IReadOnlyList<RegionalListing<TItem>> Regions => _regions;

    /// <summary>The resource of one of <see cref="Regions"/>, which batch actions call with.</summary>
    public AwsResource<TItem> ResourceOf(string region) => _regions.First(r => r.Region == region).Resource;

    /// <summary>The resource of a region as the type an action expects, or an error naming both.</summary>
    public TResource ResourceOf<TResource>(string region, string? paramName)
        where TResource : AwsResource<TItem> => AwsResource<TItem>.As<TResource>(ResourceOf(region), paramName);

    private protected override int DefaultParallelism => Math.Min(_regions.Count, MaxDefaultParallelism);

    public override string Describe() =>
        $"{_regions[0].Resource.Describe()} in {(_regions.Count == 1 ? "region" : "regions")} {string.Join(", ", _regions.Select(r => r.Region))}";

    public override ResourceTranslation<Regional<TItem>> Translate(ResourceQuery<Regional<TItem>> query)
    {
        var pushdown = new Pushdown[query.Predicates.Count];
        var onRegion = new List<Func<string, bool>>();
        var onItem = new List<(int Index, Expression<Func<TItem, bool>> Predicate)>();
        for (var i = 0; i < pushdown.Length; i++)
        {
            var (region, item) = RegionalPredicates.Split(query.Predicates[i]);
            pushdown[i] = region is null ? Pushdown.None : Pushdown.Exact;
            if (region is not null)
            {
                onRegion.Add(region);
            }
            else if (item is not null)
            {
                onItem.Add((i, item));
            }
        }

        // A region the region predicates rule out is not asked at all.
        var asked = _regions.Where(r => onRegion.All(matches => matches(r.Region))).ToArray();
        if (asked.Length == 0)
        {
            return ResourceTranslation<Regional<TItem>>.MatchesNothing(pushdown);
        }

        var translations = asked
            .Select(r => (Listing: r, Translation: r.Resource.Translate(new ResourceQuery<TItem>([.. r.Predicates, .. onItem.Select(p => p.Predicate)], query.MembersRead))))
            .ToArray();
        for (var j = 0; j < onItem.Count; j++)
        {
            // Every region has the same resource; should one push a predicate less far, it is checked in memory for all.
            pushdown[onItem[j].Index] = translations.Max(t => t.Translation.Pushdown[t.Listing.Predicates.Count + j]);
        }

        return new ResourceTranslation<Regional<TItem>>(pushdown, limits => [.. translations.SelectMany(t => Segments(t.Listing, t.Translation, limits))])
        {
            DistinctBy = translations.Any(t => t.Translation.DistinctBy is not null) ? DistinctBy(translations.ToDictionary(t => t.Listing.Region, t => t.Translation.DistinctBy)) : null,
        };
    }

    private static Func<Regional<TItem>, string> DistinctBy(Dictionary<string, Func<TItem, string>?> keys) =>
        // Items of different regions are different items; a region whose listings cannot overlap repeats none.
        pair => keys[pair.Region] is { } key ? $"{pair.Region}\n{key(pair.Item)}" : $"{pair.Region}\r{Guid.NewGuid()}";

    private IEnumerable<ListingSegment<Regional<TItem>>> Segments(RegionalListing<TItem> region, ResourceTranslation<TItem> translation, ListingLimits limits)
    {
        // The region's own predicates that its service does not apply exactly are checked here, so they must not
        // let the listing stop after as many items as the query needs.
        var own = region.Predicates.Where((_, k) => translation.Pushdown[k] != Pushdown.Exact).Select(p => p.Compile()).ToArray();
        var stopWhen = translation.StopWhen?.Compile();
        var listing = Describe();
        foreach (var segment in translation.CreateSegments(own.Length == 0 ? limits : limits with { Limit = null }))
        {
            var accept = segment.Accept;
            yield return new ListingSegment<Regional<TItem>>([new("Region", region.Region), .. segment.Parameters], new RegionalPages<TItem>(listing, region, segment.Pages, stopWhen))
            {
                MaxItems = segment.MaxItems,
                Accept = accept is null && own.Length == 0 ? null : pair => (accept is null || accept(pair.Item)) && own.All(p => p(pair.Item)),
                Origin = region.Origin,
            };
        }
    }

    // A region's follow-up call goes to that region's client.
    private ItemFollowUp<Regional<TItem>> FollowUp(int index)
    {
        var first = _regions[0].Resource.FollowUps[index];
        return new ItemFollowUp<Regional<TItem>>(
            first.Fills,
            read =>
            {
                var calls = _regions.ToDictionary(r => r.Region, r => r.Resource.FollowUps[index].For(read)!.Call);
                return new FollowUpCall<Regional<TItem>>(
                    calls[_regions[0].Region].Description,
                    async (pair, cancellationToken) => await calls[pair.Region].CompleteAsync(pair.Item, cancellationToken).ConfigureAwait(false) is { } done ? pair with { Item = done } : null);
            },
            () => first.For(first.Fills)!.MaxConcurrency);
    }
}
