using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;

namespace AwsLinq.Providers;

/// <summary>
/// Predicates on filterable fields as named filters: <c>x.F == v</c>, <c>values.Contains(x.F)</c>, ORs of them on one
/// field (several values of one filter), and <c>StartsWith</c>, <c>EndsWith</c>, <c>Contains</c> as wildcard values,
/// re-checked in memory. Two ANDed predicates on one single-valued field keep their common values.
/// </summary>
/// <param name="fields">The field a subject expression (a property path from the item) is filtered as, or <see langword="null"/>.</param>
/// <param name="syntax">How the service writes values.</param>
/// <param name="shapes">Further predicate shapes the service filters on (EC2's <c>Tags.Any(...)</c>), or <see langword="null"/>.</param>
public sealed class FilterPushdown(
    Func<Expression, ParameterExpression, FilterField?> fields, IFilterSyntax syntax, Func<Expression, ParameterExpression, FilterTerm?>? shapes = null)
    : IPredicatePushdown
{
    private readonly List<(FilterField Field, HashSet<string> Values, bool Wildcards)> _filters = [];

    /// <summary>Gets the filters to send, in the order their predicates came.</summary>
    public IReadOnlyList<NamedFilter> Filters => _filters.Select(f => new NamedFilter(f.Field.Name, [.. f.Values])).ToArray();

    /// <summary>Gets whether the filters can match nothing (ANDed equalities without a common value).</summary>
    public bool MatchesNothing => _filters.Any(f => f.Values.Count == 0);

    /// <inheritdoc/>
    public Pushdown? TryAdd(Expression predicate, ParameterExpression item)
    {
        if (Term(predicate, item) is not { } term)
        {
            return null;
        }

        var index = _filters.FindIndex(f => f.Field.Name == term.Field.Name);
        if (index < 0)
        {
            _filters.Add((term.Field, [.. term.Values], term.Wildcards));
            return term.Kind;
        }

        var existing = _filters[index];
        if (term.Wildcards || existing.Wildcards || !term.Field.SingleValued)
        {
            // The service has one filter per name: this predicate runs in memory.
            return null;
        }

        existing.Values.IntersectWith(term.Values);
        return term.Kind;
    }

    /// <summary>Reads one predicate as a filter, without adding it.</summary>
    /// <param name="predicate">A predicate body over <paramref name="item"/>.</param>
    /// <param name="item">The lambda parameter.</param>
    /// <returns>The filter, or <see langword="null"/> when the predicate is not one.</returns>
    public FilterTerm? Term(Expression predicate, ParameterExpression item)
    {
        switch (predicate)
        {
            case BinaryExpression { NodeType: ExpressionType.OrElse } or:
                return Term(or.Left, item) is { } left && Term(or.Right, item) is { } right && left.Field.Name == right.Field.Name
                    ? new FilterTerm(left.Field, left.Values.Union(right.Values).ToHashSet(StringComparer.Ordinal), left.Wildcards || right.Wildcards, Max(left.Kind, right.Kind))
                    : null;
            case BinaryExpression { NodeType: ExpressionType.Equal } equal when equal.Left.Type != typeof(string):
                return Equality(equal.Left, equal.Right, item) ?? Equality(equal.Right, equal.Left, item);
            case MethodCallExpression call when IsContains(call, out var source, out var value):
                return In(source, value, item);
        }

        if (StringPredicate.Match(predicate, e => fields(e, item) is not null) is ({ } match, var subject))
        {
            var field = fields(subject, item)!;
            if (match.Kind == StringPredicateKind.Equals)
            {
                return Literal(field, subject.Type, match.Value);
            }

            return match.Kind is StringPredicateKind.StartsWith or StringPredicateKind.EndsWith or StringPredicateKind.Contains
                && syntax.Pattern(match.Kind, match.Value) is { } pattern
                ? new FilterTerm(field, new HashSet<string>(StringComparer.Ordinal) { pattern }, true, Pushdown.Superset)
                : null;
        }

        return shapes?.Invoke(predicate, item);
    }

    /// <summary>Removes conversions the compiler inserts around a field or a constant.</summary>
    /// <param name="expression">An expression.</param>
    /// <returns>The expression without outer <c>Convert</c> nodes.</returns>
    public static Expression StripConvert(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert ? StripConvert(convert.Operand) : expression;

    private FilterTerm? Equality(Expression subject, Expression constant, ParameterExpression item) =>
        fields(subject, item) is { } field && StripConvert(constant) is ConstantExpression { Value: { } value }
            ? Literal(field, StripConvert(subject).Type, value)
            : null;

    private FilterTerm? Literal(FilterField field, Type fieldType, object value) =>
        syntax.Literal(value, fieldType, out var exact) is { } text
            ? new FilterTerm(field, new HashSet<string>(StringComparer.Ordinal) { text }, false, exact && field.Exact ? Pushdown.Exact : Pushdown.Superset)
            : null;

    private FilterTerm? In(Expression source, Expression value, ParameterExpression item)
    {
        if (fields(value, item) is not { } field || source is not ConstantExpression { Value: IEnumerable values } || !PlainEquality(values))
        {
            return null;
        }

        var texts = new HashSet<string>(StringComparer.Ordinal);
        var exact = field.Exact;
        foreach (var element in values)
        {
            if (syntax.Literal(element, StripConvert(value).Type, out var elementExact) is not { } text)
            {
                return null;
            }

            texts.Add(text);
            exact &= elementExact;
        }

        return new FilterTerm(field, texts, false, exact ? Pushdown.Exact : Pushdown.Superset);
    }

    // values.Contains(x.F): Enumerable.Contains(values, x) or an instance Contains on the collection.
    private static bool IsContains(MethodCallExpression call, out Expression source, out Expression value)
    {
        (source, value) = call.Object is null && call.Arguments.Count == 2 ? (call.Arguments[0], call.Arguments[1])
            : call.Object is { } target && call.Arguments.Count == 1 ? (target, call.Arguments[0])
            : (call, call);
        return call.Method.Name == nameof(Enumerable.Contains) && call.Method.DeclaringType != typeof(string) && source != call;
    }

    // A set or dictionary with its own comparer (OrdinalIgnoreCase...) decides Contains its own way; arrays and
    // lists, and sets with the default comparer, compare as the filter does.
    [DynamicDependency(nameof(HashSet<int>.Comparer), typeof(HashSet<>))]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "HashSet<T>.Comparer is kept by the DynamicDependency above.")]
    private static bool PlainEquality(IEnumerable values)
    {
        var type = values.GetType();
        if (type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)))
        {
            return true;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(HashSet<>))
        {
            var comparer = type.GetProperty(nameof(HashSet<int>.Comparer))!.GetValue(values);
            var elementType = type.GetGenericArguments()[0];
            var defaultComparer = typeof(EqualityComparer<>).MakeGenericType(elementType).GetProperty(nameof(EqualityComparer<int>.Default))!.GetValue(null);
            return Equals(comparer, defaultComparer) || ReferenceEquals(comparer, StringComparer.Ordinal);
        }

        return false;
    }

    private static Pushdown Max(Pushdown a, Pushdown b) => (Pushdown)Math.Max((int)a, (int)b);
}
