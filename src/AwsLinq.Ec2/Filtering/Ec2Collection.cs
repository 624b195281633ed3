using Amazon.EC2;
using Amazon.EC2.Model;

namespace AwsLinq.Ec2.Filtering;

/// <summary>
/// An EC2 <c>Describe*</c> listing with <c>Filters</c> and <c>MaxResults</c>, declared by its fields, its operation
/// and its item ids. A filter with more values than EC2 takes in one request is split across listings whose items
/// are merged without duplicates.
/// </summary>
/// <typeparam name="TItem">The SDK's item type.</typeparam>
/// <typeparam name="TRequest">The SDK's request type.</typeparam>
/// <typeparam name="TResponse">The SDK's response type.</typeparam>
internal abstract class Ec2Collection<TItem, TRequest, TResponse>(IAmazonEC2 client, string operation, PageSizeRange pageSize)
    : AwsResource<TItem>(client, "EC2", operation, pageSize), IEc2Collection
    where TItem : class
    where TRequest : new()
{
    // EC2 refuses a filter with more than 200 values (FilterLimitExceeded).
    internal const int MaxFilterValues = 200;

    public IAmazonEC2 Client { get; } = client;

    protected abstract Ec2Fields Fields { get; }

    protected abstract ListingOperation<TRequest, TResponse, TItem> List { get; }

    /// <summary>Gets the id of an item, which tells apart items of listings that may overlap.</summary>
    protected abstract Func<TItem, string> Id { get; }

    public override ResourceTranslation<TItem> Translate(ResourceQuery<TItem> query)
    {
        var filters = Fields.Pushdown();
        var pushdown = query.Translate(filters);
        if (filters.MatchesNothing)
        {
            return ResourceTranslation<TItem>.MatchesNothing(pushdown);
        }

        var parts = Split(filters.Filters);
        return new(pushdown, limits => parts.Select(part => List.Segment(Request(part, PageSize.For(limits)))).ToArray())
        {
            DistinctBy = parts.Count > 1 ? Id : null,
        };
    }

    /// <summary>Sets the request's filters.</summary>
    protected abstract void SetFilters(TRequest request, List<Filter> filters);

    /// <summary>Sets the request's page size.</summary>
    protected abstract void SetMaxResults(TRequest request, int maxResults);

    /// <summary>Adds parameters every listing of the collection sends, such as an owner.</summary>
    protected virtual void AddFixed(ListingRequest<TRequest> request)
    {
    }

    private ListingRequest<TRequest> Request(IReadOnlyList<NamedFilter> filters, int? maxResults)
    {
        var request = new ListingRequest<TRequest>();
        AddFixed(request);
        for (var i = 0; i < filters.Count; i++)
        {
            // One parameter per filter, as plans and EC2's Filter.N show them; the SDK takes them as one list, which
            // the first one sets from the same filters.
            Action<TRequest> apply = i == 0 ? r => SetFilters(r, filters.Select(f => new Filter(f.Name, [.. f.Values])).ToList()) : _ => { };
            request.Add("Filter:" + filters[i].Name, string.Join(',', filters[i].Values), apply);
        }

        return request.Add("MaxResults", maxResults, SetMaxResults);
    }

    // Each filter of more than 200 values becomes several of at most 200; the listings run the cross product.
    private static List<IReadOnlyList<NamedFilter>> Split(IReadOnlyList<NamedFilter> filters)
    {
        var parts = new List<IReadOnlyList<NamedFilter>> { Array.Empty<NamedFilter>() };
        foreach (var filter in filters)
        {
            var chunks = filter.Values.Chunk(MaxFilterValues).Select(values => new NamedFilter(filter.Name, values)).ToArray();
            parts = parts.SelectMany(part => chunks.Select(chunk => (IReadOnlyList<NamedFilter>)[.. part, chunk])).ToList();
        }

        return parts;
    }
}
