using System.Collections.Immutable;
using System.Linq.Expressions;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// One generated query: a page size, the operators between source and terminal, and whether it runs
/// asynchronously and with its constants written as literals or captured from variables.
/// </summary>
internal sealed record GeneratedQuery<T>(int PageSize, bool Async, bool Inline, ImmutableArray<QueryStep<T>> Steps, Terminal<T> Terminal)
{
    public string Text(QueryGrammar<T> grammar) =>
        $"{grammar.SourceText}.WithPageSize({PageSize}){string.Concat(Steps.Select(s => s.Text(grammar.Item)))}{Terminal.Text(grammar.Item, Async)}"
        + (Inline ? string.Empty : "  // constants captured from variables");

    /// <summary>Runs the query; an exception is a result too (its type), as LINQ-to-Objects throws the same ones.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(IQueryable<T> source, bool oracle, QueryGrammar<T> grammar)
    {
        try
        {
            var item = Expression.Parameter(typeof(T), grammar.Item);
            var query = oracle ? source : source.WithPageSize(PageSize);
            foreach (var step in Steps)
            {
                query = step.Apply(query, item, Inline);
            }

            return await Terminal.RunAsync(query, item, Inline, Async && !oracle, grammar.Render);
        }
        catch (Exception e)
        {
            return [$"throws {e.GetType().Name}"];
        }
    }

    /// <summary>Simpler queries, each one change away, simplest changes first.</summary>
    public IEnumerable<GeneratedQuery<T>> Shrinks(int maxPageSize)
    {
        for (var i = 0; i < Steps.Length; i++)
        {
            yield return this with { Steps = Steps.RemoveAt(i) };
        }

        foreach (var terminal in Terminal.Shrinks())
        {
            yield return this with { Terminal = terminal };
        }

        if (Async)
        {
            yield return this with { Async = false };
        }

        if (!Inline)
        {
            yield return this with { Inline = true };
        }

        if (PageSize != maxPageSize)
        {
            yield return this with { PageSize = maxPageSize };
        }

        for (var i = 0; i < Steps.Length; i++)
        {
            foreach (var simpler in Steps[i].Shrinks())
            {
                yield return this with { Steps = Steps.SetItem(i, simpler) };
            }
        }
    }

    /// <summary>Every ThenBy follows an ordering, as the operators' types require.</summary>
    public bool IsWellFormed() =>
        Steps.Select((s, i) => s is not OrderStep<T> { Then: true } || (i > 0 && Steps[i - 1] is OrderStep<T>)).All(ok => ok);
}
