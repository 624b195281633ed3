using System.Linq.Expressions;
using System.Reflection;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Querying;

/// <summary>
/// <c>--order-by "Size desc, Key"</c>: each key is parsed like a <c>--select</c> column and applied with
/// <see cref="Queryable.OrderBy{TSource, TKey}(IQueryable{TSource}, Expression{Func{TSource, TKey}})"/> and its
/// siblings, so AwsLinq sees the operators a C# query would use.
/// </summary>
internal static class Ordering
{
    private static readonly MethodInfo OrderBy = Method(nameof(Queryable.OrderBy));
    private static readonly MethodInfo OrderByDescending = Method(nameof(Queryable.OrderByDescending));
    private static readonly MethodInfo ThenBy = Method(nameof(Queryable.ThenBy));
    private static readonly MethodInfo ThenByDescending = Method(nameof(Queryable.ThenByDescending));

    public static IQueryable<T> Apply<T>(IQueryable<T> query, ItemKind kind, string orderBy)
    {
        var item = Expression.Parameter(typeof(T), kind.Parameter);
        var first = true;
        foreach (var part in ExpressionList.Split(orderBy))
        {
            var (text, descending) = Direction(part);
            var key = Key(item, kind, text);
            var method = (first, descending) switch
            {
                (true, false) => OrderBy,
                (true, true) => OrderByDescending,
                (false, false) => ThenBy,
                (false, true) => ThenByDescending,
            };
            var call = Expression.Call(null, method.MakeGenericMethod(typeof(T), key.ReturnType), query.Expression, Expression.Quote(key));
            query = query.Provider.CreateQuery<T>(call);
            first = false;
        }

        return query;
    }

    private static LambdaExpression Key(ParameterExpression item, ItemKind kind, string text)
    {
        try
        {
            return DynamicLambda.Parse(item, kind, null, text, "--order-by");
        }
        catch (CliException) when (UnknownDirection(item, kind, text) is { } word)
        {
            throw CliException.Usage($"--order-by: '{word}' is not a sort direction; write asc or desc after the key, for example \"Size desc\".");
        }
    }

    // "Size sideways": a key that parses, then a word the parser calls a syntax error.
    private static string? UnknownDirection(ParameterExpression item, ItemKind kind, string text)
    {
        var space = text.LastIndexOf(' ');
        var word = space < 0 ? string.Empty : text[(space + 1)..];
        if (word.Length == 0 || !word.All(char.IsAsciiLetter))
        {
            return null;
        }

        try
        {
            DynamicLambda.Parse(item, kind, null, text[..space], "--order-by");
            return word;
        }
        catch (CliException)
        {
            return null;
        }
    }

    private static (string Key, bool Descending) Direction(string part)
    {
        foreach (var (suffix, descending) in new[] { (" descending", true), (" desc", true), (" ascending", false), (" asc", false) })
        {
            if (part.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return (part[..^suffix.Length].TrimEnd(), descending);
            }
        }

        return (part, false);
    }

    // The two-parameter overloads: the others take an IComparer.
    private static MethodInfo Method(string name) =>
        typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2);
}
