using System.Linq.Expressions;
using System.Reflection;

namespace AwsLinq.S3.Keys;

/// <summary>
/// <c>StartsWith</c> and <c>==</c> on the key, and ORs of them, as the key spans to list: ANDed predicates intersect
/// their spans, ORed ones unite them.
/// </summary>
/// <param name="key">The item's key property (<c>S3Object.Key</c>, <c>MultipartUpload.Key</c>).</param>
internal sealed class KeySpans(PropertyInfo key) : IPredicatePushdown
{
    public KeySet Keys { get; private set; } = KeySet.All;

    public Pushdown? TryAdd(Expression predicate, ParameterExpression item)
    {
        if (!TryKeySet(predicate, item, out var set, out var kind))
        {
            return null;
        }

        // A predicate reported as None here still narrows the listing; it is None because a part of it other than
        // the key runs in memory, which strict mode must refuse.
        Keys = Keys.Intersect(set);
        return kind;
    }

    // Each side of an OR may AND other conditions to its key predicate. The kind says how the listing serves the
    // predicate: Exact, Superset (only the key is re-checked) or None (other parts run in memory).
    private bool TryKeySet(Expression predicate, ParameterExpression item, out KeySet set, out Pushdown kind)
    {
        switch (predicate)
        {
            case BinaryExpression { NodeType: ExpressionType.OrElse } or:
                if (TryKeySet(or.Left, item, out var left, out var leftKind) && TryKeySet(or.Right, item, out var right, out var rightKind))
                {
                    set = left.Union(right);
                    kind = (Pushdown)Math.Max((int)leftKind, (int)rightKind);
                    return true;
                }

                break;
            case BinaryExpression { NodeType: ExpressionType.AndAlso } and:
                var hasLeft = TryKeySet(and.Left, item, out var l, out var lKind);
                var hasRight = TryKeySet(and.Right, item, out var r, out var rKind);
                if (hasLeft || hasRight)
                {
                    set = hasLeft && hasRight ? l.Intersect(r) : hasLeft ? l : r;
                    kind = hasLeft && hasRight ? (Pushdown)Math.Max((int)lKind, (int)rKind) : Pushdown.None;
                    return true;
                }

                break;
            default:
                switch (StringPredicate.Match(predicate, item, key))
                {
                    case { Kind: StringPredicateKind.StartsWith } startsWith:
                        (set, kind) = (KeySet.Of([new KeySpan(startsWith.Value, true)]), Pushdown.Exact);
                        return true;
                    case { Kind: StringPredicateKind.Equals } equals:
                        // Listed as Prefix=key with MaxKeys=1 (the key sorts before all longer keys), then re-checked.
                        (set, kind) = (KeySet.Of([new KeySpan(equals.Value, false)]), Pushdown.Superset);
                        return true;
                }

                break;
        }

        (set, kind) = (KeySet.All, Pushdown.None);
        return false;
    }
}
