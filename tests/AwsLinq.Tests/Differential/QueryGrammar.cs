using System.Collections.Immutable;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// Generates random queries over one resource: conjunctions, disjunctions and negations of the resource's
/// predicates, orderings, Skip and Take with edge values, a page size and a terminal operator.
/// </summary>
/// <param name="sourceText">The query's source as C#, for example <c>s3.Objects(bucket)</c>.</param>
/// <param name="item">The name of the lambda parameter, for example <c>o</c>.</param>
/// <param name="minPageSize">The smallest page size the service accepts.</param>
/// <param name="maxPageSize">The largest page size the service accepts.</param>
internal abstract class QueryGrammar<T>(string sourceText, string item, int minPageSize, int maxPageSize)
{
    private const int RequestBudget = 25;

    public string SourceText { get; } = sourceText;

    public string Item { get; } = item;

    public int MinPageSize { get; } = minPageSize;

    public int MaxPageSize { get; } = maxPageSize;

    protected abstract IReadOnlyList<OrderKey<T>> OrderKeys { get; }

    public abstract string Render(T item);

    public GeneratedQuery<T> Generate(Random random, IReadOnlyList<T> listing)
    {
        var steps = ImmutableArray.CreateBuilder<QueryStep<T>>();
        var wheres = random.Next(100) switch { < 12 => 0, < 62 => 1, < 87 => 2, _ => 3 };
        var orderFirst = random.Chance(0.1);
        if (orderFirst)
        {
            AddOrdering(random, steps);
        }

        for (var i = 0; i < wheres; i++)
        {
            steps.Add(new WhereStep<T>(Tree(random, listing, random.Next(4))));
        }

        // Most queries narrow the listing as real ones do, which keeps thousands of queries fast.
        if (random.Chance(0.8))
        {
            var scope = Scope(random, listing);
            var first = steps.ToList().FindIndex(s => s is WhereStep<T>);
            if (first >= 0 && random.Chance(0.5))
            {
                var where = (WhereStep<T>)steps[first];
                steps[first] = new WhereStep<T>(random.Chance(0.5) ? new And<T>(scope, where.Predicate) : new And<T>(where.Predicate, scope));
            }
            else
            {
                // Anywhere but between an ordering and its ThenBy.
                var at = random.Next(steps.Count + 1);
                while (at < steps.Count && steps[at] is OrderStep<T> { Then: true })
                {
                    at++;
                }

                steps.Insert(at, new WhereStep<T>(scope));
            }
        }

        if (!orderFirst && random.Chance(0.3))
        {
            AddOrdering(random, steps);
        }

        if (random.Chance(0.45))
        {
            AddPaging(random, steps, listing);
        }

        var terminal = Terminal(random, listing);
        var query = new GeneratedQuery<T>(MinPageSize, random.Chance(0.5), random.Chance(0.75), steps.ToImmutable(), terminal);
        return query with { PageSize = PageSize(random, query, listing) };
    }

    /// <summary>One predicate of the resource: a comparison or call with a constant drawn from the listing.</summary>
    protected abstract Predicate<T> Atom(Random random, IReadOnlyList<T> listing);

    protected abstract Projection<T> Projection(Random random, IReadOnlyList<T> listing);

    /// <summary>A predicate the service filters on, that keeps a small part of the listing.</summary>
    protected abstract Predicate<T> Scope(Random random, IReadOnlyList<T> listing);

    protected Predicate<T> Tree(Random random, IReadOnlyList<T> listing, int depth) =>
        depth == 0 || random.Chance(0.35)
            ? Atom(random, listing)
            : random.Next(10) switch
            {
                < 4 => new And<T>(Tree(random, listing, depth - 1), Tree(random, listing, depth - 1)),
                < 8 => new Or<T>(Tree(random, listing, depth - 1), Tree(random, listing, depth - 1)),
                _ => new Not<T>(Tree(random, listing, depth - 1)),
            };

    private void AddOrdering(Random random, ImmutableArray<QueryStep<T>>.Builder steps)
    {
        steps.Add(new OrderStep<T>(random.Pick(OrderKeys), false, random.Chance(0.5)));
        for (var i = random.Next(3); i > 0; i--)
        {
            steps.Add(new OrderStep<T>(random.Pick(OrderKeys), true, random.Chance(0.5)));
        }
    }

    private void AddPaging(Random random, ImmutableArray<QueryStep<T>>.Builder steps, IReadOnlyList<T> listing)
    {
        int Count() => random.Next(10) switch
        {
            0 => random.Pick([0, 1, 2, -1, -7, int.MinValue]),
            1 => random.Pick([int.MaxValue, int.MaxValue - 1, listing.Count - 1, listing.Count, listing.Count + 1]),
            < 6 => random.Next(0, 12),
            _ => random.Next(0, listing.Count + 2),
        };

        switch (random.Next(6))
        {
            case 0:
                steps.Add(new SkipStep<T>(Count()));
                break;
            case 1 or 2:
                steps.Add(new TakeStep<T>(Count()));
                break;
            case 3:
                steps.Add(new SkipStep<T>(Count()));
                steps.Add(new TakeStep<T>(Count()));
                break;
            case 4:
                steps.Add(new TakeStep<T>(Count()));
                steps.Add(new SkipStep<T>(Count()));
                break;
            default:
                steps.Add(new TakeStep<T>(Count()));
                steps.Add(new WhereStep<T>(Tree(random, listing, random.Next(2))));
                steps.Add(new TakeStep<T>(Count()));
                break;
        }
    }

    private Terminal<T> Terminal(Random random, IReadOnlyList<T> listing)
    {
        Predicate<T>? Maybe() => random.Chance(0.5) ? Tree(random, listing, random.Next(3)) : null;
        return random.Next(100) switch
        {
            < 40 => new Terminal<T>(TerminalKind.ToList),
            < 55 => new Terminal<T>(TerminalKind.Select, Projection: Projection(random, listing)),
            < 63 => new Terminal<T>(TerminalKind.Count, Maybe()),
            < 66 => new Terminal<T>(TerminalKind.LongCount, Maybe()),
            < 74 => new Terminal<T>(TerminalKind.Any, Maybe()),
            < 79 => new Terminal<T>(TerminalKind.All, Tree(random, listing, random.Next(3))),
            < 85 => new Terminal<T>(TerminalKind.First, Maybe()),
            < 92 => new Terminal<T>(TerminalKind.FirstOrDefault, Maybe()),
            < 95 => new Terminal<T>(TerminalKind.Single, Maybe()),
            _ => new Terminal<T>(TerminalKind.SingleOrDefault, Maybe()),
        };
    }

    // Page sizes from the whole range, small ones only where the service can narrow the listing: a page of
    // one over thousands of items would take thousands of requests and tell nothing more.
    private int PageSize(Random random, GeneratedQuery<T> query, IReadOnlyList<T> listing)
    {
        var narrowed = Specification.OracleQueryable.Over(listing);
        var narrows = false;
        foreach (var step in query.Steps.TakeWhile(s => s is WhereStep<T> or OrderStep<T>))
        {
            if (step is WhereStep<T> { Predicate.Narrowing: { } narrowing })
            {
                narrowed = narrowed.Where(narrowing.Lambda(System.Linq.Expressions.Expression.Parameter(typeof(T), Item), inline: true));
                narrows = true;
            }
        }

        var lowest = Math.Max(MinPageSize, (int)Math.Ceiling((narrows ? narrowed.Count() : listing.Count) / (double)RequestBudget));
        var size = random.LogUniform(MinPageSize, MaxPageSize);
        return size >= lowest ? size : random.Next(Math.Min(lowest, MaxPageSize), MaxPageSize + 1);
    }
}
