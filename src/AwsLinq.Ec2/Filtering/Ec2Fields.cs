using System.Linq.Expressions;
using System.Reflection;

namespace AwsLinq.Ec2.Filtering;

/// <summary>
/// The filters of one EC2 collection: which property path of its items each filter reads, and the item's
/// <c>Tag("key")</c> accessor, read as the filter <c>tag:key</c>. A path through a collection is written with
/// <c>[]</c> (<c>Attachments[].InstanceId</c>) and read from <c>x.Attachments.Any(a =&gt; a.InstanceId == v)</c>.
/// </summary>
/// <param name="paths">Filter fields by property path from the item, for example <c>State.Name</c>.</param>
/// <param name="tagAccessor">The collection's <c>Tag(this T item, string key)</c> extension, or <see langword="null"/>.</param>
internal sealed class Ec2Fields(IReadOnlyDictionary<string, FilterField> paths, MethodInfo? tagAccessor)
{
    /// <summary>A new pushdown piece for one query over the collection.</summary>
    public FilterPushdown Pushdown() => new(Field, Ec2FilterSyntax.Instance, Shapes);

    public FilterField? Field(Expression expression, ParameterExpression item) => Field(expression, item, string.Empty);

    private FilterField? Field(Expression expression, ParameterExpression item, string prefix)
    {
        var current = FilterPushdown.StripConvert(expression);
        if (current is MethodCallExpression { Method: var method, Arguments: [var target, ConstantExpression { Value: string key }] } && method == tagAccessor && target == item)
        {
            // EC2 has no empty tag key.
            return Ec2FilterSyntax.Sendable(key) ? new FilterField("tag:" + key) : null;
        }

        // x.InstanceType.Value reads the same value as x.InstanceType.
        if (current is MemberExpression { Member.Name: "Value", Expression: { } owner } && typeof(Amazon.Runtime.ConstantClass).IsAssignableFrom(owner.Type))
        {
            current = owner;
        }

        return PathFrom(current, item) is { } path && paths.TryGetValue(prefix + path, out var field) ? field : null;
    }

    private FilterTerm? Shapes(Expression predicate, ParameterExpression item) =>
        TagShapes.TryAny(predicate, item) ?? AnyOf(predicate, item, string.Empty);

    // x.Attachments.Any(a => a.InstanceId == v): the lambda's predicate read as a filter on the paths below
    // "Attachments[].", and so on down nested collections (IpPermissions[].Ipv4Ranges[].CidrIp).
    private FilterTerm? AnyOf(Expression predicate, ParameterExpression item, string prefix)
    {
        if (predicate is not MethodCallExpression { Method.IsGenericMethod: true, Arguments: [var source, LambdaExpression { Parameters: [var element] } lambda] } call
            || call.Method.GetGenericMethodDefinition() != AnyWithPredicate
            || PathFrom(source, item) is not { } path)
        {
            return null;
        }

        var below = prefix + path + "[].";
        if (!paths.Keys.Any(p => p.StartsWith(below, StringComparison.Ordinal)))
        {
            return null;
        }

        var inner = new FilterPushdown((e, p) => Field(e, p, below), Ec2FilterSyntax.Instance, (e, p) => AnyOf(e, p, below));
        return inner.Term(lambda.Body, element);
    }

    private static readonly MethodInfo AnyWithPredicate = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);

    // The property path from the item: x.State.Name is "State.Name"; null when the chain does not start at the item.
    private static string? PathFrom(Expression expression, ParameterExpression item)
    {
        var path = new List<string>();
        while (expression is MemberExpression member)
        {
            path.Insert(0, member.Member.Name);
            expression = member.Expression!;
        }

        return expression == item && path.Count > 0 ? string.Join('.', path) : null;
    }
}
