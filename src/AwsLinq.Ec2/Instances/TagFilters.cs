using System.Linq.Expressions;
using Amazon.EC2.Model;

namespace AwsLinq.Ec2.Instances;

/// <summary>
/// <c>i.Tags.Any(t =&gt; t.Key == k &amp;&amp; t.Value == v)</c> as the filter <c>tag:k = v</c>, and
/// <c>i.Tags.Any(t =&gt; t.Key == k)</c> as <c>tag-key = k</c>.
/// </summary>
internal static class TagFilters
{
    public static (Ec2Filter? Filter, Pushdown Kind) TryAny(MethodCallExpression call, ParameterExpression item)
    {
        if (call.Method.DeclaringType != typeof(Enumerable) || call.Method.Name != nameof(Enumerable.Any) || call.Arguments.Count != 2
            || call.Arguments[0] is not MemberExpression { Member.Name: nameof(Instance.Tags) } tags || tags.Expression != item
            || call.Arguments[1] is not LambdaExpression { Parameters: [var tag] } lambda)
        {
            return (null, Pushdown.None);
        }

        switch (lambda.Body)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso } both
                when TagPart(both.Left, tag, nameof(Tag.Key)) is { } key && TagPart(both.Right, tag, nameof(Tag.Value)) is { } value:
                return (Ec2Filter.Literal("tag:" + key, [value]), Pushdown.Exact);
            case BinaryExpression { NodeType: ExpressionType.AndAlso } both
                when TagPart(both.Right, tag, nameof(Tag.Key)) is { } key && TagPart(both.Left, tag, nameof(Tag.Value)) is { } value:
                return (Ec2Filter.Literal("tag:" + key, [value]), Pushdown.Exact);
            case var body when TagPart(body, tag, nameof(Tag.Key)) is { } key:
                return (Ec2Filter.Literal("tag-key", [key]), Pushdown.Exact);
            default:
                return (null, Pushdown.None);
        }
    }

    // t.Key == "k" (or "k" == t.Key) for the named part of the tag; EC2 has no empty tag key.
    private static string? TagPart(Expression expression, ParameterExpression tag, string part) =>
        expression is BinaryExpression { NodeType: ExpressionType.Equal } equal
            ? (equal.Left, equal.Right) switch
            {
                (MemberExpression m, ConstantExpression { Value: string s }) when m.Member.Name == part && m.Expression == tag && (s.Length > 0 || part != nameof(Tag.Key)) => s,
                (ConstantExpression { Value: string s }, MemberExpression m) when m.Member.Name == part && m.Expression == tag && (s.Length > 0 || part != nameof(Tag.Key)) => s,
                _ => null,
            }
            : null;
}
