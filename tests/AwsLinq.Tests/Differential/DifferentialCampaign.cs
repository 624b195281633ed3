using System.Text;

namespace AwsLinq.Tests.Differential;

/// <summary>
/// Runs seeded random queries through AwsLinq and through LINQ-to-Objects over the complete listing, and
/// shrinks the first mismatch to a minimal query over a minimal set of items.
/// </summary>
internal sealed class DifferentialCampaign<T, TData>(
    string name,
    QueryGrammar<T> grammar,
    Func<IReadOnlyList<TData>, Task<DifferentialBackend<T>>> backendFor,
    Func<TData, string> dataText)
{
    private const int MaxMismatches = 3;
    private const int MaxShrinkRuns = 600;

    public async Task<string?> RunAsync(IReadOnlyList<TData> data, int seed, int queries, Action<string> log)
    {
        var mismatches = new List<(int Index, GeneratedQuery<T> Query, IReadOnlyList<string> Expected, IReadOnlyList<string> Actual)>();
        var seeds = new Random(seed);
        var run = 0;
        await using (var backend = await backendFor(data))
        {
            for (; run < queries && mismatches.Count < MaxMismatches; run++)
            {
                var generated = grammar.Generate(new Random(seeds.Next()), backend.Listing);
                var (expected, actual) = await BothAsync(generated, backend);
                if (!expected.SequenceEqual(actual))
                {
                    mismatches.Add((run, generated, expected, actual));
                }
            }
        }

        var summary = $"{name}: {run} queries over {data.Count} items, seed {seed}, {mismatches.Count} mismatches "
            + $"(replay: {DifferentialSettings.SeedVariable}={seed} {DifferentialSettings.QueriesVariable}={queries})";
        log(summary);
        if (mismatches.Count == 0)
        {
            return null;
        }

        var report = new StringBuilder(summary).AppendLine();
        foreach (var m in mismatches)
        {
            report.AppendLine(CultureInfo($"query #{m.Index}: {m.Query.Text(grammar)}"))
                .AppendLine(CultureInfo($"  expected: {Show(m.Expected)}"))
                .AppendLine(CultureInfo($"  actual:   {Show(m.Actual)}"));
        }

        var (query, items, expectedShrunk, actualShrunk) = await ShrinkAsync(mismatches[0].Query, data);
        report.AppendLine(CultureInfo($"shrunk to: {query.Text(grammar)}"))
            .AppendLine(CultureInfo($"  over {items.Count} items: {string.Join(", ", items.Select(dataText))}"))
            .AppendLine(CultureInfo($"  expected: {Show(expectedShrunk)}"))
            .AppendLine(CultureInfo($"  actual:   {Show(actualShrunk)}"));
        return report.ToString();
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);

    private static string Show(IReadOnlyList<string> results) =>
        results.Count <= 12 ? $"[{string.Join(", ", results)}]" : $"[{string.Join(", ", results.Take(12))}, ... {results.Count} in all]";

    private async Task<(IReadOnlyList<string> Expected, IReadOnlyList<string> Actual)> BothAsync(GeneratedQuery<T> query, DifferentialBackend<T> backend)
    {
        var expected = await query.RunAsync(Specification.OracleQueryable.Over(backend.Listing), oracle: true, grammar);
        var actual = await query.RunAsync(backend.Source(), oracle: false, grammar);
        return (expected, actual);
    }

    // Greedy: the query one change at a time, then the data in halving chunks, then the query again.
    private async Task<(GeneratedQuery<T>, IReadOnlyList<TData>, IReadOnlyList<string>, IReadOnlyList<string>)> ShrinkAsync(GeneratedQuery<T> query, IReadOnlyList<TData> data)
    {
        var runs = 0;
        async Task<bool> FailsAsync(GeneratedQuery<T> q, IReadOnlyList<TData> d)
        {
            runs++;
            await using var backend = await backendFor(d);
            var (expected, actual) = await BothAsync(q, backend);
            return !expected.SequenceEqual(actual);
        }

        async Task<GeneratedQuery<T>> ShrinkQueryAsync(GeneratedQuery<T> q, IReadOnlyList<TData> d)
        {
            var changed = true;
            while (changed && runs < MaxShrinkRuns)
            {
                changed = false;
                foreach (var candidate in q.Shrinks(grammar.MaxPageSize).Where(c => c.IsWellFormed()))
                {
                    if (runs >= MaxShrinkRuns)
                    {
                        break;
                    }

                    if (await FailsAsync(candidate, d))
                    {
                        (q, changed) = (candidate, true);
                        break;
                    }
                }
            }

            return q;
        }

        query = await ShrinkQueryAsync(query, data);
        var items = data.ToList();
        for (var chunk = items.Count / 2; chunk >= 1 && runs < MaxShrinkRuns; chunk /= 2)
        {
            for (var start = 0; start < items.Count && runs < MaxShrinkRuns;)
            {
                var candidate = items.Take(start).Concat(items.Skip(start + chunk)).ToList();
                if (await FailsAsync(query, candidate))
                {
                    items = candidate;
                }
                else
                {
                    start += chunk;
                }
            }
        }

        query = await ShrinkQueryAsync(query, items);
        await using var last = await backendFor(items);
        var (e, a) = await BothAsync(query, last);
        return (query, items, e, a);
    }
}
