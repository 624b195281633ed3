using System.Linq.Expressions;
using System.Reflection;
using Amazon.S3.Model;

namespace AwsLinq.S3.Objects;

/// <summary>
/// Range predicates on the key: lower bounds become <c>StartAfter</c>, upper bounds end the listing at the
/// first key past them (S3 lists keys in ascending UTF-8 byte order).
/// </summary>
internal sealed class KeyBounds : IPredicatePushdown
{
    private static readonly PropertyInfo KeyProperty = typeof(S3Object).GetProperty(nameof(S3Object.Key))!;
    private static readonly MethodInfo Compare = typeof(Utf8Comparer).GetMethod(nameof(Utf8Comparer.Compare))!;
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string), typeof(StringComparison)])!;
    private readonly List<Expression> _stops = [];
    private ParameterExpression? _item;

    public string? StartAfter { get; private set; }

    public Expression<Func<S3Object, bool>>? StopWhen =>
        _stops.Count == 0 ? null : Expression.Lambda<Func<S3Object, bool>>(_stops.Aggregate(Expression.OrElse), _item!);

    public Pushdown? TryAdd(Expression predicate, ParameterExpression item)
    {
        if (StringPredicate.Match(predicate, item, KeyProperty) is not { Kind: StringPredicateKind.GreaterThan or StringPredicateKind.GreaterThanOrEqual or StringPredicateKind.LessThan or StringPredicateKind.LessThanOrEqual } bound)
        {
            return null;
        }

        _item = item;
        return Add(bound, Expression.Property(item, KeyProperty)) ? Pushdown.Exact : Pushdown.Superset;
    }

    // Adds a bound and says whether the service and the early stop apply it exactly.
    private bool Add(StringPredicate bound, Expression key)
    {
        var value = bound.Utf16Order ? BeforeFirstSurrogateOrPrivateUse(bound.Value) : bound.Value;
        switch (bound.Kind)
        {
            case StringPredicateKind.GreaterThan or StringPredicateKind.GreaterThanOrEqual:
                var after = bound.Kind == StringPredicateKind.GreaterThan || bound.Utf16Order ? value : WithoutLastCodePoint(value);
                if (after.Length > 0 && (StartAfter is null || Utf8Comparer.Instance.Compare(after, StartAfter) > 0))
                {
                    StartAfter = after;
                }

                return bound.Kind == StringPredicateKind.GreaterThan && !bound.Utf16Order;
            default:
                var compare = Expression.Call(Expression.Property(null, typeof(Utf8Comparer), nameof(Utf8Comparer.Instance)), Compare, key, Expression.Constant(value));
                if (bound.Utf16Order)
                {
                    // Keys below an ordinal bound all sort at or below its BMP-safe prefix, or start with it.
                    var pastPrefix = Expression.GreaterThan(compare, Expression.Constant(0));
                    var notUnder = Expression.Not(Expression.Call(key, StartsWith, Expression.Constant(value), Expression.Constant(StringComparison.Ordinal)));
                    _stops.Add(Expression.AndAlso(pastPrefix, notUnder));
                    return false;
                }

                _stops.Add(bound.Kind == StringPredicateKind.LessThan
                    ? Expression.GreaterThanOrEqual(compare, Expression.Constant(0))
                    : Expression.GreaterThan(compare, Expression.Constant(0)));
                return true;
        }
    }

    // UTF-16 and UTF-8 orders agree below U+D800; from there on an ordinal bound is only safe as a prefix.
    private static string BeforeFirstSurrogateOrPrivateUse(string value)
    {
        var index = value.AsSpan().IndexOfAnyInRange('\uD800', '\uFFFF');
        return index < 0 ? value : value[..index];
    }

    private static string WithoutLastCodePoint(string value) =>
        value.Length >= 2 && char.IsLowSurrogate(value[^1]) && char.IsHighSurrogate(value[^2]) ? value[..^2] : value.Length > 0 ? value[..^1] : value;
}
