using System.Linq.Expressions;

namespace AwsLinq.Cli.Querying;

/// <summary>
/// The columns to show, as one <c>Select</c> into an array. Selecting in the query, rather than reading properties
/// afterwards, tells AwsLinq what the output reads: SQS attributes are fetched only when a column needs them, and
/// an <c>Owner</c> column asks S3 for owners.
/// </summary>
internal sealed class Projection<T>
{
    private Projection(IReadOnlyList<string> columns, Expression<Func<T, object?[]>> selector)
    {
        Columns = columns;
        Selector = selector;
    }

    public IReadOnlyList<string> Columns { get; }

    public Expression<Func<T, object?[]>> Selector { get; }

    /// <param name="kind">The item kind, for its default columns and helpers.</param>
    /// <param name="select">Comma-separated expressions; <c>*</c> for every property; null for the defaults.</param>
    public static Projection<T> Parse(ItemKind kind, string? select)
    {
        var columns = string.IsNullOrWhiteSpace(select) ? kind.DefaultColumns
            : select.Trim() == "*" ? PropertySuggester.Properties(typeof(T)).ToList()
            : ExpressionList.Split(select);
        var item = Expression.Parameter(typeof(T), kind.Parameter);
        var values = columns
            .Select(column => DynamicLambda.Parse(item, kind, null, column, "--select").Body)
            .Select(body => Expression.Convert(body, typeof(object)));
        var selector = Expression.Lambda<Func<T, object?[]>>(Expression.NewArrayInit(typeof(object), values), item);
        return new Projection<T>(columns, selector);
    }
}
