using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace AwsLinq.Cli.Demo;

/// <summary>
/// Builds <see cref="DemoExample"/>s. Each takes the query itself and lets the compiler capture its source
/// text, so the code printed is the code that ran.
/// </summary>
internal static class Example
{
    /// <summary>Runs <c>query.ToListAsync(ct)</c>.</summary>
    public static DemoExample List<T>(
        string title, string boto3, IAwsQueryable<T> query, Func<T, string> format,
        [CallerArgumentExpression(nameof(query))] string code = "") =>
        new(title, boto3, CodeText.Await(code, "ToListAsync(ct)"), "Explain()", query.Explain,
            async ct => DemoResult.Of((await query.ToListAsync(ct)).Select(format)));

    /// <summary>Reads the query with <c>await foreach</c>.</summary>
    public static DemoExample ForEach<T>(
        string title, string boto3, IAwsQueryable<T> query, Func<T, string> format,
        [CallerArgumentExpression(nameof(query))] string code = "") =>
        new(title, boto3, CodeText.ForEach(code), "Explain()", query.Explain, async ct =>
        {
            var lines = new List<string>();
            await foreach (var item in query.AsAsyncEnumerable().WithCancellation(ct))
            {
                lines.Add(format(item));
            }

            return DemoResult.Of(lines);
        });

    /// <summary>
    /// Runs an async operator that returns one value; <paramref name="plan"/> is the same operator in its
    /// synchronous form, which is how <c>Explain</c> is told which operator ends the query.
    /// </summary>
    public static DemoExample Scalar<T, TResult>(
        string title, string boto3, IAwsQueryable<T> query,
        Expression<Func<IQueryable<T>, TResult>> plan,
        Func<IQueryable<T>, CancellationToken, Task<TResult>> run,
        [CallerArgumentExpression(nameof(query))] string code = "",
        [CallerArgumentExpression(nameof(plan))] string planCode = "",
        [CallerArgumentExpression(nameof(run))] string runCode = "") =>
        new(title, boto3, CodeText.AwaitTerminal(code, runCode), $"Explain({CodeText.Collapse(planCode)})",
            () => query.Explain(plan), async ct => DemoResult.Single(await run(query, ct)));

    /// <summary>Runs <c>query.ToListAsync(ct)</c>, which must throw <typeparamref name="TException"/>.</summary>
    /// <remarks>
    /// It takes a plain <see cref="IQueryable{T}"/>, since an operator AwsLinq does not run (<c>TakeLast</c>) is
    /// <see cref="Queryable"/>'s; the query still has AwsLinq's provider, which made it.
    /// </remarks>
    public static DemoExample Throws<TException, T>(
        string title, string boto3, IQueryable<T> query,
        [CallerArgumentExpression(nameof(query))] string code = "")
        where TException : Exception =>
        new(title, boto3, CodeText.Await(code, "ToListAsync(ct)"), "Explain()", ((IAwsQueryable<T>)query).Explain, async ct =>
        {
            try
            {
                await query.ToListAsync(ct);
            }
            catch (TException expected)
            {
                return DemoResult.Threw(expected);
            }

            throw new InvalidOperationException($"The example '{title}' was expected to throw {typeof(TException).Name}, but it ran.");
        });

    /// <summary>Runs a block of statements; <paramref name="explain"/> explains the query it repeats.</summary>
    public static DemoExample Block(
        string title, string boto3, Func<QueryExplanation> explain,
        Func<CancellationToken, Task<IEnumerable<string>>> run,
        [CallerArgumentExpression(nameof(explain))] string explainCode = "",
        [CallerArgumentExpression(nameof(run))] string code = "") =>
        new(title, boto3, CodeText.Block(code), ExplainHeading(explainCode), explain,
            async ct => DemoResult.Of(await run(ct)));

    // "() => s3.Objects(...).Explain()" reads better as the call itself.
    private static string ExplainHeading(string explainCode)
    {
        var text = CodeText.Collapse(explainCode);
        return text.StartsWith("() => ", StringComparison.Ordinal) ? text["() => ".Length..] : text;
    }
}
