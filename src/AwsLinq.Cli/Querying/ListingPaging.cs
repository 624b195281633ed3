using System.Linq.Expressions;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Querying;

/// <summary>
/// <c>--max-items</c> and <c>--starting-token</c> over a listing query. A token resumes S3 objects after the last key
/// printed (sent as <c>StartAfter</c>, so nothing before it is listed again) when the listing is in key order; any
/// other listing is run again and the items already printed are skipped, which is exact as long as the listing has
/// not changed in between.
/// </summary>
internal sealed class ListingPaging<T>
{
    private readonly ListingPage _page;
    private readonly string _fingerprint;
    private readonly long _printedBefore;

    private ListingPaging(ListingPage page, string fingerprint, long printedBefore, IAwsQueryable<T> query, string? keyColumn)
    {
        _page = page;
        _fingerprint = fingerprint;
        _printedBefore = printedBefore;
        Query = query;
        KeyColumn = keyColumn;
    }

    /// <summary>Gets the query to run: the user's, resumed, with one item more than <c>--max-items</c> to tell whether more remain.</summary>
    public IAwsQueryable<T> Query { get; }

    /// <summary>Gets the column whose last value the next token records, or <see langword="null"/>.</summary>
    public string? KeyColumn { get; }

    public static ListingPaging<T> Start(IAwsQueryable<T> source, ItemKind kind, QuerySpec spec, ListingPage page)
    {
        var fingerprint = ResumeToken.Fingerprint(source.Explain().Source, spec);
        var keyed = kind.ResumeKey is not null && spec.OrderBy is null && InKeyOrder(source, kind.ResumeKey);
        var token = page.StartingToken is { } text ? ResumeToken.Decode(text, fingerprint) : null;
        IAwsQueryable<T> query;
        if (token is null)
        {
            query = QueryBuilder.Apply(source, kind, spec);
        }
        else if (keyed && token.LastKey is { } last)
        {
            // The items up to the last key, and the --skip before them, are behind us.
            var left = spec.Take is { } take ? (int)Math.Max(0, take - token.Printed) : (int?)null;
            query = QueryBuilder.Apply(source, kind, spec with { Skip = null, Take = left }, After(kind, last));
        }
        else
        {
            query = QueryBuilder.Apply(source, kind, spec).Skip((int)Math.Min(int.MaxValue, token.Printed));
        }

        if (page.MaxItems is { } max)
        {
            query = query.Take(max + 1);
        }

        return new ListingPaging<T>(page, fingerprint, token?.Printed ?? 0, query, keyed ? kind.ResumeKey : null);
    }

    /// <summary>Whether <paramref name="printed"/> items fill the page, so the next one is only a sign that more remain.</summary>
    public bool IsFull(long printed) => _page.MaxItems is { } max && printed >= max;

    /// <summary>The token that continues after <paramref name="printed"/> items, the last with key <paramref name="lastKey"/>.</summary>
    public string Next(long printed, string? lastKey) => new ResumeToken(_fingerprint, _printedBefore + printed, lastKey).Encode();

    private static Expression<Func<T, bool>> After(ItemKind kind, string last)
    {
        var item = Expression.Parameter(typeof(T), kind.Parameter);
        var key = Expression.Property(item, kind.ResumeKey ?? throw new InvalidOperationException("The kind has no resume key."));
        var compare = Expression.Call(key, typeof(string).GetMethod(nameof(string.CompareTo), [typeof(string)])!, Expression.Constant(last));
        return Expression.Lambda<Func<T, bool>>(Expression.GreaterThan(compare, Expression.Constant(0)), item);
    }

    // Whether the listing comes in the order of its resume key, so that resuming after a key skips exactly what was
    // printed: ordering by it needs no sort. (The objects of several buckets come bucket by bucket: a key alone does
    // not say where the listing stopped.)
    private static bool InKeyOrder(IAwsQueryable<T> source, string resumeKey)
    {
        var item = Expression.Parameter(typeof(T), "x");
        var key = Expression.Property(item, resumeKey);
        var byKey = Expression.Call(
            typeof(Queryable), nameof(Queryable.OrderBy), [typeof(T), key.Type], source.Expression, Expression.Quote(Expression.Lambda(key, item)));
        return ((IAwsQueryable<T>)source.Provider.CreateQuery<T>(byKey)).Explain().InMemory.All(step => step.EndsWith("(listing order: no sort)", StringComparison.Ordinal));
    }

    /// <summary>Refuses paging options on <c>--count</c>, which prints one number.</summary>
    public static void RefuseForCount(ListingPage page)
    {
        if (page.IsPaged)
        {
            throw CliException.Usage("--max-items and --starting-token page the items printed; --count prints one number. Drop them, or drop --count.");
        }
    }
}
