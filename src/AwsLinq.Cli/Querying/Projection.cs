using System.Linq.Expressions;

namespace AwsLinq.Cli.Querying;

/// <summary>
/// The columns to show, as one <c>Select</c> into an array. Selecting in the query, rather than reading properties
/// afterwards, tells AwsLinq what the output reads: SQS attributes are fetched only when a column needs them, and
/// an <c>Owner</c> column asks S3 for owners. A hidden last column can carry the key a <c>--starting-token</c> resumes after.
/// </summary>
internal sealed class Projection<T>
{
    private readonly bool _keyed;

    private Projection(IReadOnlyList<string> columns, Expression<Func<T, object?[]>> selector, bool keyed)
    {
        Columns = columns;
        Selector = selector;
        _keyed = keyed;
    }

    /// <summary>Gets the columns shown.</summary>
    public IReadOnlyList<string> Columns { get; }

    public Expression<Func<T, object?[]>> Selector { get; }

    /// <param name="kind">The item kind, for its default columns and helpers.</param>
    /// <param name="select">Comma-separated expressions; <c>*</c> for every property; null for the defaults.</param>
    /// <param name="keyColumn">A property to select after the shown columns, for <see cref="Key"/>; or null.</param>
    public static Projection<T> Parse(ItemKind kind, string? select, string? keyColumn = null)
    {
        var columns = string.IsNullOrWhiteSpace(select) ? kind.DefaultColumns
            : select.Trim() == "*" ? PropertySuggester.Properties(typeof(T)).ToList()
            : ExpressionList.Split(select);
        var item = Expression.Parameter(typeof(T), kind.Parameter);
        var values = columns
            .Select(column => DynamicLambda.Parse(item, kind, null, column, "--select").Body)
            .Concat(keyColumn is null ? [] : [Expression.Property(item, keyColumn)])
            .Select(body => Expression.Convert(body, typeof(object)));
        var selector = Expression.Lambda<Func<T, object?[]>>(Expression.NewArrayInit(typeof(object), values), item);
        return new Projection<T>(columns, selector, keyColumn is not null);
    }

    /// <summary>The cells to show of a selected row.</summary>
    public object?[] Shown(object?[] row) => _keyed ? row[..^1] : row;

    /// <summary>The hidden key of a selected row, or <see langword="null"/> without a key column.</summary>
    public string? Key(object?[] row) => _keyed ? (string?)row[^1] : null;
}
