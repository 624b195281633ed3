using System.Linq.Expressions;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Querying;

/// <summary>
/// Applies the typed options to an AwsLinq query with the ordinary <see cref="Queryable"/> operators, in the order
/// a C# query would: parallelism, page size, where, order by, skip, take.
/// </summary>
internal static class QueryBuilder
{
    /// <param name="source">The listing.</param>
    /// <param name="kind">What it lists.</param>
    /// <param name="spec">The query options.</param>
    /// <param name="resume">Where a <c>--starting-token</c> resumes, ANDed with <c>--where</c>.</param>
    public static IAwsQueryable<T> Apply<T>(IAwsQueryable<T> source, ItemKind kind, QuerySpec spec, Expression<Func<T, bool>>? resume = null)
    {
        IQueryable<T> query = source;
        if (spec.Parallel is { } parallel)
        {
            query = query.WithDegreeOfParallelism(parallel);
        }

        if (spec.PageSize is { } pageSize)
        {
            query = WithPageSize(query, pageSize);
        }

        if (!string.IsNullOrWhiteSpace(spec.Where))
        {
            query = query.Where(Predicate<T>(kind, spec.Where));
        }

        if (resume is not null)
        {
            query = query.Where(resume);
        }

        if (!string.IsNullOrWhiteSpace(spec.OrderBy))
        {
            query = Ordering.Apply(query, kind, spec.OrderBy);
        }

        if (spec.Skip is { } skip)
        {
            query = query.Skip(NotNegative(skip, "--skip"));
        }

        if (spec.Take is { } take)
        {
            query = query.Take(NotNegative(take, "--take"));
        }

        // Every operator above, dynamic ones included, keeps the AwsLinq provider, which makes only AwsLinq queries.
        return (IAwsQueryable<T>)query;
    }

    public static Expression<Func<T, bool>> Predicate<T>(ItemKind kind, string text)
    {
        var item = Expression.Parameter(typeof(T), kind.Parameter);
        return (Expression<Func<T, bool>>)DynamicLambda.Parse(item, kind, typeof(bool), text, "--where");
    }

    private static IQueryable<T> WithPageSize<T>(IQueryable<T> query, int pageSize)
    {
        try
        {
            return query.WithPageSize(pageSize);
        }
        catch (ArgumentOutOfRangeException e)
        {
            // The library's message names the service's range; drop the parameter suffix .NET appends to it.
            var message = e.Message.Split('\n')[0].Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal).Trim();
            throw CliException.Usage($"--page-size: {message}", e);
        }
    }

    private static int NotNegative(int value, string option) =>
        value >= 0 ? value : throw CliException.Usage($"{option}: must be 0 or more, not {value}.");
}
