using System.Linq.Expressions;
using System.Reflection;
using Amazon.S3.Model;
using AwsLinq.S3.Translation;

namespace AwsLinq.S3.Objects;

/// <summary>Reads the key predicates S3 can serve out of a query's predicates.</summary>
internal static class S3ObjectTranslator
{
    private static readonly PropertyInfo KeyProperty = typeof(S3Object).GetProperty(nameof(S3Object.Key))!;

    public static (KeySet Keys, KeyBounds Bounds, Pushdown[] Pushdown) Translate(IReadOnlyList<Expression<Func<S3Object, bool>>> predicates)
    {
        var keys = KeySet.All;
        var bounds = new KeyBounds();
        var pushdown = new Pushdown[predicates.Count];
        for (var i = 0; i < predicates.Count; i++)
        {
            var item = predicates[i].Parameters[0];
            var body = predicates[i].Body;
            if (TryKeySet(body, item, out var set, out var exact))
            {
                keys = keys.Intersect(set);
                pushdown[i] = exact ? Pushdown.Exact : Pushdown.Superset;
            }
            else if (StringPredicate.Match(body, item, KeyProperty) is { Kind: not (StringPredicateKind.StartsWith or StringPredicateKind.Equals) } bound)
            {
                pushdown[i] = bounds.Add(bound, item, Expression.Property(item, KeyProperty)) ? Pushdown.Exact : Pushdown.Superset;
            }
            else
            {
                pushdown[i] = Pushdown.None;
            }
        }

        return (keys, bounds, pushdown);
    }

    // StartsWith and == on the key, and ORs of them (each side may AND other conditions to its key predicate).
    private static bool TryKeySet(Expression predicate, ParameterExpression item, out KeySet set, out bool exact)
    {
        switch (predicate)
        {
            case BinaryExpression { NodeType: ExpressionType.OrElse } or:
                if (TryKeySet(or.Left, item, out var left, out var leftExact) && TryKeySet(or.Right, item, out var right, out var rightExact))
                {
                    set = left.Union(right);
                    exact = leftExact && rightExact;
                    return true;
                }

                break;
            case BinaryExpression { NodeType: ExpressionType.AndAlso } and:
                var hasLeft = TryKeySet(and.Left, item, out var l, out var lExact);
                var hasRight = TryKeySet(and.Right, item, out var r, out var rExact);
                if (hasLeft || hasRight)
                {
                    set = hasLeft && hasRight ? l.Intersect(r) : hasLeft ? l : r;
                    exact = hasLeft && hasRight && lExact && rExact;
                    return true;
                }

                break;
            default:
                switch (StringPredicate.Match(predicate, item, KeyProperty))
                {
                    case { Kind: StringPredicateKind.StartsWith } startsWith:
                        (set, exact) = (KeySet.Of([new KeySpan(startsWith.Value, true)]), true);
                        return true;
                    case { Kind: StringPredicateKind.Equals } equals:
                        // Listed as Prefix=key with MaxKeys=1 (the key sorts before all longer keys), then re-checked.
                        (set, exact) = (KeySet.Of([new KeySpan(equals.Value, false)]), false);
                        return true;
                }

                break;
        }

        (set, exact) = (KeySet.All, false);
        return false;
    }
}
