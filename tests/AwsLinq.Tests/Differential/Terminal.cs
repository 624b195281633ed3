using System.Linq.Expressions;

namespace AwsLinq.Tests.Differential;

/// <summary>The operator that runs a generated query, with its results as text for comparison.</summary>
internal enum TerminalKind
{
    ToList,
    Select,
    Count,
    LongCount,
    Any,
    All,
    First,
    FirstOrDefault,
    Single,
    SingleOrDefault,
}

/// <summary>A terminal operator, its predicate (for <c>Count(p)</c>, <c>Any(p)</c>...) or its projection.</summary>
internal sealed record Terminal<T>(TerminalKind Kind, Predicate<T>? Predicate = null, Projection<T>? Projection = null)
{
    public string Text(string item, bool async)
    {
        var suffix = async ? "Async" : string.Empty;
        return Kind switch
        {
            TerminalKind.ToList => $".ToList{suffix}()",
            TerminalKind.Select => $".Select({item} => {Projection!.Text}).ToList{suffix}()",
            _ => $".{Kind}{suffix}({(Predicate is null ? string.Empty : $"{item} => {Predicate.Text}")})",
        };
    }

    public IEnumerable<Terminal<T>> Shrinks()
    {
        if (Kind != TerminalKind.ToList)
        {
            yield return new Terminal<T>(TerminalKind.ToList);
        }

        if (Predicate is not null && Kind != TerminalKind.All)
        {
            yield return this with { Predicate = null };
        }

        foreach (var simpler in Predicate?.Shrinks() ?? [])
        {
            yield return this with { Predicate = simpler };
        }
    }

    public async Task<IReadOnlyList<string>> RunAsync(IQueryable<T> query, ParameterExpression item, bool inline, bool async, Func<T, string> render)
    {
        async Task<IReadOnlyList<string>> One<TResult>(Func<IQueryable<T>, TResult> sync, Func<IQueryable<T>, Task<TResult>> asynchronous)
        {
            var value = async ? await asynchronous(query) : sync(query);
            return [value is T found ? render(found) : CSharpText.Of(value)];
        }

        if (Predicate?.Lambda(item, inline) is not { } p)
        {
            return Kind switch
            {
                TerminalKind.ToList => (async ? await query.ToListAsync() : query.ToList()).Select(render).ToList(),
                TerminalKind.Select => await Projection!.RunAsync(query, async),
                TerminalKind.Count => await One(q => q.Count(), q => q.CountAsync()),
                TerminalKind.LongCount => await One(q => q.LongCount(), q => q.LongCountAsync()),
                TerminalKind.Any => await One(q => q.Any(), q => q.AnyAsync()),
                TerminalKind.First => await One(q => q.First(), q => q.FirstAsync()),
                TerminalKind.FirstOrDefault => await One(q => q.FirstOrDefault(), q => q.FirstOrDefaultAsync()),
                TerminalKind.Single => await One(q => q.Single(), q => q.SingleAsync()),
                _ => await One(q => q.SingleOrDefault(), q => q.SingleOrDefaultAsync()),
            };
        }

        return Kind switch
        {
            TerminalKind.Count => await One(q => q.Count(p), q => q.CountAsync(p)),
            TerminalKind.LongCount => await One(q => q.LongCount(p), q => q.LongCountAsync(p)),
            TerminalKind.Any => await One(q => q.Any(p), q => q.AnyAsync(p)),
            TerminalKind.All => await One(q => q.All(p), q => q.AllAsync(p)),
            TerminalKind.First => await One(q => q.First(p), q => q.FirstAsync(p)),
            TerminalKind.FirstOrDefault => await One(q => q.FirstOrDefault(p), q => q.FirstOrDefaultAsync(p)),
            TerminalKind.Single => await One(q => q.Single(p), q => q.SingleAsync(p)),
            _ => await One(q => q.SingleOrDefault(p), q => q.SingleOrDefaultAsync(p)),
        };
    }
}

/// <summary>A <c>Select</c> whose values are compared as text.</summary>
internal sealed record Projection<T>(string Text, Func<IQueryable<T>, bool, Task<IReadOnlyList<string>>> RunAsync)
{
    public static Projection<T> Of<TResult>(string text, Expression<Func<T, TResult>> selector) =>
        new(text, async (source, async) =>
        {
            var query = source.Select(selector);
            var values = async ? await query.ToListAsync() : query.ToList();
            return values.Select(v => CSharpText.Of(v)).ToList();
        });
}
