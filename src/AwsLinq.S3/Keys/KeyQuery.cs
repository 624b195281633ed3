using System.Linq.Expressions;
using System.Reflection;

namespace AwsLinq.S3.Keys;

/// <summary>
/// The key predicates S3 listings share (objects, versions, uploads): prefixes and exact keys become the spans to
/// list, lower bounds the key to start after, upper bounds an early stop.
/// </summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
/// <param name="key">The item's key property.</param>
/// <param name="keysRepeat">Whether several items share a key (versions, uploads), listed one after another.</param>
internal sealed class KeyQuery<TItem>(PropertyInfo key, bool keysRepeat = false)
    where TItem : class
{
    private readonly KeySpans _spans = new(key);
    private readonly KeyBounds<TItem> _bounds = new(key);
    private ParameterExpression? _item;

    /// <summary>Gets the listings to make, in key order; read after <see cref="Translate"/>.</summary>
    public IReadOnlyList<KeyRange> Ranges => KeyRange.Of(_spans.Keys, _bounds.After);

    /// <summary>
    /// Gets the condition that ends the whole listing: the upper bounds, and for one exact key whose items repeat it,
    /// the first other key (the exact key's listing is its prefix, in which it sorts first).
    /// </summary>
    public Expression<Func<TItem, bool>>? StopWhen
    {
        get
        {
            var bounds = _bounds.StopWhen;
            if (!keysRepeat || Ranges is not [{ Span.IsPrefix: false } only])
            {
                return bounds;
            }

            var item = bounds?.Parameters[0] ?? _item!;
            Expression other = Expression.NotEqual(Expression.Property(item, key), Expression.Constant(only.Span.Start));
            return Expression.Lambda<Func<TItem, bool>>(bounds is null ? other : Expression.OrElse(bounds.Body, other), item);
        }
    }

    /// <summary>Offers the query's predicates to the key pieces, then to <paramref name="more"/>.</summary>
    public Pushdown[] Translate(ResourceQuery<TItem> query, params IPredicatePushdown[] more)
    {
        // An exact key comes from a predicate: its parameter names the item in the early stop that plans show.
        _item = query.Predicates.FirstOrDefault()?.Parameters[0];
        return query.Translate([_spans, _bounds, .. more]);
    }
}
