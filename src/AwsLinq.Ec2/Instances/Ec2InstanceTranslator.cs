using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Amazon.EC2.Model;

namespace AwsLinq.Ec2.Instances;

/// <summary>Reads the predicates EC2 can filter on out of a query's predicates.</summary>
internal static class Ec2InstanceTranslator
{
    private static readonly MethodInfo TagMethod = typeof(InstanceTagExtensions).GetMethod(nameof(InstanceTagExtensions.Tag))!;

    public static (IReadOnlyList<Ec2Filter> Filters, bool MatchesNothing, Pushdown[] Pushdown) Translate(IReadOnlyList<Expression<Func<Instance, bool>>> predicates)
    {
        var filters = new List<Ec2Filter>();
        var nothing = false;
        var pushdown = new Pushdown[predicates.Count];
        for (var i = 0; i < predicates.Count; i++)
        {
            pushdown[i] = Pushdown.None;
            if (TryFilter(predicates[i].Body, predicates[i].Parameters[0]) is not ({ } filter, var kind))
            {
                continue;
            }

            var index = filters.FindIndex(f => f.Name == filter.Name);
            if (index < 0)
            {
                filters.Add(filter);
                pushdown[i] = kind;
            }
            else if (!filter.Wildcards && !filters[index].Wildcards && Ec2FilterFields.IsSingleValued(filter.Name))
            {
                // EC2 ORs the values of one filter; two ANDed equalities on one field keep the common values.
                var common = filters[index].Values.Intersect(filter.Values).ToHashSet(StringComparer.Ordinal);
                nothing |= common.Count == 0;
                filters[index] = filters[index] with { Values = common };
                pushdown[i] = kind;
            }
        }

        nothing |= filters.Any(f => f.Values.Count == 0);
        return (filters, nothing, pushdown);
    }

    private static (Ec2Filter? Filter, Pushdown Kind) TryFilter(Expression predicate, ParameterExpression item)
    {
        switch (predicate)
        {
            case BinaryExpression { NodeType: ExpressionType.OrElse } or:
                var (left, leftKind) = TryFilter(or.Left, item);
                var (right, rightKind) = TryFilter(or.Right, item);
                return left is not null && right is not null && left.Union(right) is { } union ? (union, Max(leftKind, rightKind)) : (null, Pushdown.None);
            case BinaryExpression { NodeType: ExpressionType.Equal } equal:
                return Equality(equal.Left, equal.Right, item) ?? Equality(equal.Right, equal.Left, item) ?? (null, Pushdown.None);
            case MethodCallExpression call:
                return Call(call, item);
            default:
                return (null, Pushdown.None);
        }
    }

    private static (Ec2Filter? Filter, Pushdown Kind)? Equality(Expression field, Expression constant, ParameterExpression item)
    {
        var name = FieldName(field, item);
        if (name is null || Ec2FilterFields.StripConvert(constant) is not ConstantExpression { Value: { } value } || FilterValue.From(value, out var exact) is not { } text)
        {
            return null;
        }

        // i.InstanceType == "T3.MICRO" compares through the SDK's case-insensitive ConstantClass equality.
        if (typeof(Amazon.Runtime.ConstantClass).IsAssignableFrom(Ec2FilterFields.StripConvert(field).Type))
        {
            text = text.ToLowerInvariant();
        }

        return (Ec2Filter.Literal(name, [text]), exact && Ec2FilterFields.MatchesExactly(name) ? Pushdown.Exact : Pushdown.Superset);
    }

    private static (Ec2Filter? Filter, Pushdown Kind) Call(MethodCallExpression call, ParameterExpression item)
    {
        var method = call.Method;
        if (method.Name == nameof(Enumerable.Contains) && call.Arguments.Count is 1 or 2)
        {
            // values.Contains(i.X): Enumerable.Contains(values, x) or an instance Contains on the collection.
            var (source, value) = call.Object is null ? (call.Arguments[0], call.Arguments[^1]) : (call.Object, call.Arguments[0]);
            if (FieldName(value, item) is { } field && source is ConstantExpression { Value: IEnumerable values } && PlainEquality(values))
            {
                var texts = values.Cast<object?>().Select(v => FilterValue.From(v, out var exact) is { } t ? (t, exact) : ((string?)null, false)).ToArray();
                return texts.All(t => t.Item1 is not null)
                    ? (Ec2Filter.Literal(field, texts.Select(t => t.Item1!)), texts.All(t => t.Item2) && Ec2FilterFields.MatchesExactly(field) ? Pushdown.Exact : Pushdown.Superset)
                    : (null, Pushdown.None);
            }
        }

        if (method.DeclaringType == typeof(string) && call.Object is { } target && FieldName(target, item) is { } name
            && call.Arguments is [ConstantExpression { Value: string text }, ..] && (call.Arguments.Count == 1 || call.Arguments[1] is ConstantExpression { Value: StringComparison.Ordinal }))
        {
            return method.Name switch
            {
                nameof(string.Equals) => (Ec2Filter.Literal(name, [text]), Ec2FilterFields.MatchesExactly(name) ? Pushdown.Exact : Pushdown.Superset),
                nameof(string.StartsWith) => (Ec2Filter.Pattern(name, string.Empty, text, "*"), Pushdown.Superset),
                nameof(string.EndsWith) => (Ec2Filter.Pattern(name, "*", text, string.Empty), Pushdown.Superset),
                nameof(string.Contains) => (Ec2Filter.Pattern(name, "*", text, "*"), Pushdown.Superset),
                _ => (null, Pushdown.None),
            };
        }

        return TagFilters.TryAny(call, item);
    }

    // A filterable property, or i.Tag("key") read as the tag:key filter (EC2 has no empty tag key).
    internal static string? FieldName(Expression expression, ParameterExpression item) =>
        Ec2FilterFields.StripConvert(expression) is MethodCallExpression { Method: var m, Arguments: [var target, ConstantExpression { Value: string key }] } && m == TagMethod && target == item
            ? (key.Length > 0 ? "tag:" + key : null)
            : Ec2FilterFields.FilterFor(expression, item);

    // A set or dictionary with its own comparer (OrdinalIgnoreCase...) decides Contains its own way; arrays and
    // lists, and sets with the default comparer, compare as the filter does.
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
