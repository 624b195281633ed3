using System.Linq.Expressions;
using System.Reflection;

namespace AwsLinq.S3.Keys;

/// <summary>
/// Range predicates on the key: lower bounds become the key to start after (<c>StartAfter</c>, <c>KeyMarker</c>),
/// upper bounds end the listing at the first key past them (S3 lists keys in ascending UTF-8 byte order).
/// </summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
/// <param name="key">The item's key property.</param>
/// <param name="afterIsExact">
/// Whether the service returns exactly the keys after the marker. A folder listing's <c>StartAfter</c> is a key, so
/// the folder that holds it comes back too: its lower bounds are then re-checked in memory.
/// </param>
internal sealed class KeyBounds<TItem>(PropertyInfo key, bool afterIsExact = true) : IPredicatePushdown
{
    private static readonly MethodInfo Compare = typeof(Utf8Comparer).GetMethod(nameof(Utf8Comparer.Compare))!;
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string), typeof(StringComparison)])!;
    private readonly List<Expression> _stops = [];
    private ParameterExpression? _item;

    /// <summary>Gets the key the listing starts after, or <see langword="null"/> when no predicate gave one.</summary>
    public string? After { get; private set; }

    public Expression<Func<TItem, bool>>? StopWhen =>
        _stops.Count == 0 ? null : Expression.Lambda<Func<TItem, bool>>(_stops.Aggregate(Expression.OrElse), _item!);

    public Pushdown? TryAdd(Expression predicate, ParameterExpression item) =>
        StringPredicate.Match(predicate, item, key) is { } bound ? TryAdd(bound, item) : null;

    /// <summary>Takes a string predicate already matched on the key (or on a member that orders as the key does).</summary>
    public Pushdown? TryAdd(StringPredicate bound, ParameterExpression item)
    {
        if (bound.Kind is not (StringPredicateKind.GreaterThan or StringPredicateKind.GreaterThanOrEqual or StringPredicateKind.LessThan or StringPredicateKind.LessThanOrEqual))
        {
            return null;
        }

        _item = item;
        return Add(bound, Expression.Property(item, key)) ? Pushdown.Exact : Pushdown.Superset;
    }

    // Adds a bound and says whether the service and the early stop apply it exactly.
    private bool Add(StringPredicate bound, Expression subject)
    {
        var value = bound.Utf16Order ? BeforeFirstSurrogateOrPrivateUse(bound.Value) : bound.Value;
        switch (bound.Kind)
        {
            case StringPredicateKind.GreaterThan or StringPredicateKind.GreaterThanOrEqual:
                var after = bound.Kind == StringPredicateKind.GreaterThan || bound.Utf16Order ? value : WithoutLastCodePoint(value);
                if (after.Length > 0 && (After is null || Utf8Comparer.Instance.Compare(after, After) > 0))
                {
                    After = after;
                }

                return afterIsExact && bound.Kind == StringPredicateKind.GreaterThan && !bound.Utf16Order;
            default:
                var compare = Expression.Call(Expression.Property(null, typeof(Utf8Comparer), nameof(Utf8Comparer.Instance)), Compare, subject, Expression.Constant(value));
                if (bound.Utf16Order)
                {
                    // Keys below an ordinal bound all sort at or below its BMP-safe prefix, or start with it.
                    var pastPrefix = Expression.GreaterThan(compare, Expression.Constant(0));
                    var notUnder = Expression.Not(Expression.Call(subject, StartsWith, Expression.Constant(value), Expression.Constant(StringComparison.Ordinal)));
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
