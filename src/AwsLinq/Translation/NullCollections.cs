using System.Linq.Expressions;

namespace AwsLinq.Translation;

/// <summary>
/// Reads a missing collection of an AWS SDK model as empty when a LINQ operator runs over it in memory:
/// SDK v4 leaves collections the service did not send <see langword="null"/> (an instance without tags has
/// <c>Tags == null</c>), and <c>i.Tags.Any(...)</c> must mean "no tag matches" there, as it does on the service.
/// </summary>
internal sealed class NullCollections : ExpressionVisitor
{
    public static Expression Apply(Expression expression) => new NullCollections().Visit(expression);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = (MethodCallExpression)base.VisitMethodCall(node);
        if (visited.Method.DeclaringType != typeof(Enumerable) || visited.Arguments.Count == 0
            || visited.Arguments[0] is not MemberExpression { Member.DeclaringType.Namespace: { } ns } member
            || !ns.StartsWith("Amazon.", StringComparison.Ordinal))
        {
            return visited;
        }

        var sequenceType = visited.Method.GetParameters()[0].ParameterType;
        var elementType = sequenceType.GetGenericArguments()[0];
        var empty = Expression.Constant(Array.CreateInstance(elementType, 0), sequenceType);
        var arguments = visited.Arguments.ToArray();
        arguments[0] = Expression.Coalesce(Expression.Convert(member, sequenceType), empty);
        return visited.Update(visited.Object, arguments);
    }
}
