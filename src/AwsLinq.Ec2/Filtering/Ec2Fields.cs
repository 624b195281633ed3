using System.Linq.Expressions;
using System.Reflection;

namespace AwsLinq.Ec2.Filtering;

/// <summary>
/// The filters of one EC2 collection: which property path of its items each filter reads, and the item's
/// <c>Tag("key")</c> accessor, read as the filter <c>tag:key</c>.
/// </summary>
/// <param name="paths">Filter fields by property path from the item, for example <c>State.Name</c>.</param>
/// <param name="tagAccessor">The collection's <c>Tag(this T item, string key)</c> extension, or <see langword="null"/>.</param>
internal sealed class Ec2Fields(IReadOnlyDictionary<string, FilterField> paths, MethodInfo? tagAccessor)
{
    /// <summary>A new pushdown piece for one query over the collection.</summary>
    public FilterPushdown Pushdown() => new(Field, Ec2FilterSyntax.Instance, TagShapes.TryAny);

    public FilterField? Field(Expression expression, ParameterExpression item)
    {
        var current = FilterPushdown.StripConvert(expression);
        if (current is MethodCallExpression { Method: var method, Arguments: [var target, ConstantExpression { Value: string key }] } && method == tagAccessor && target == item)
        {
            // EC2 has no empty tag key.
            return key.Length > 0 ? new FilterField("tag:" + key) : null;
        }

        // x.InstanceType.Value reads the same value as x.InstanceType.
        if (current is MemberExpression { Member.Name: "Value", Expression: { } owner } && typeof(Amazon.Runtime.ConstantClass).IsAssignableFrom(owner.Type))
        {
            current = owner;
        }

        var path = new List<string>();
        while (current is MemberExpression member)
        {
            path.Insert(0, member.Member.Name);
            current = member.Expression;
        }

        return current == item && paths.TryGetValue(string.Join('.', path), out var field) ? field : null;
    }
}
