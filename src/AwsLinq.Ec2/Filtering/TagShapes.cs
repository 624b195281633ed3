using System.Linq.Expressions;
using Amazon.EC2.Model;

namespace AwsLinq.Ec2.Filtering;

/// <summary>
/// <c>x.Tags.Any(t =&gt; t.Key == k &amp;&amp; t.Value == v)</c> as the filter <c>tag:k = v</c> (a string match on the value
/// as a wildcard value), and <c>x.Tags.Any(t =&gt; t.Key == k)</c> as <c>tag-key = k</c>, on any EC2 collection.
/// </summary>
internal static class TagShapes
{
    public static FilterTerm? TryAny(Expression predicate, ParameterExpression item)
    {
        if (predicate is not MethodCallExpression { Method: { Name: nameof(Enumerable.Any), DeclaringType: var declaring }, Arguments: [MemberExpression { Member.Name: "Tags" } tags, LambdaExpression { Parameters: [var tag] } lambda] }
            || declaring != typeof(Enumerable) || tags.Expression != item || tag.Type != typeof(Tag))
        {
            return null;
        }

        if (Key(lambda.Body, tag) is { } onlyKey)
        {
            return Ec2FilterSyntax.Instance.Literal(onlyKey, typeof(string), out _) is { } keyText ? Term(new FilterField("tag-key", SingleValued: false), keyText, false) : null;
        }

        if (lambda.Body is not BinaryExpression { NodeType: ExpressionType.AndAlso } both)
        {
            return null;
        }

        var (key, value) = Key(both.Left, tag) is { } k ? (k, both.Right) : Key(both.Right, tag) is { } k2 ? (k2, both.Left) : (null, null);
        if (key is null || StringPredicate.Match(value!, e => e is MemberExpression { Member.Name: nameof(Tag.Value) } m && m.Expression == tag) is not ({ } match, _))
        {
            return null;
        }

        var field = new FilterField("tag:" + key);
        return match.Kind == StringPredicateKind.Equals
            ? Ec2FilterSyntax.Instance.Literal(match.Value, typeof(string), out _) is { } literal ? Term(field, literal, false) : null
            : Ec2FilterSyntax.Instance.Pattern(match.Kind, match.Value) is { } pattern ? Term(field, pattern, true) : null;
    }

    private static FilterTerm Term(FilterField field, string value, bool wildcards) =>
        new(field, new HashSet<string>(StringComparer.Ordinal) { value }, wildcards, wildcards ? Pushdown.Superset : Pushdown.Exact);

    // t.Key == "k" (or "k" == t.Key); EC2 has no empty tag key.
    private static string? Key(Expression expression, ParameterExpression tag) =>
        StringPredicate.Match(expression, e => e is MemberExpression { Member.Name: nameof(Tag.Key) } m && m.Expression == tag) is ({ Kind: StringPredicateKind.Equals, Value.Length: > 0 } match, _)
            ? match.Value
            : null;
}
