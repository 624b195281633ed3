using System.Linq.Expressions;
using System.Reflection;

namespace AwsLinq.Translation;

/// <summary>
/// Gives string operations written without a comparison the service's meaning when they run in memory:
/// ordinal matching, and UTF-8 byte order for comparisons, so a predicate means the same on either side.
/// </summary>
internal sealed class StringSemantics : ExpressionVisitor
{
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo IndexOf = typeof(string).GetMethod(nameof(string.IndexOf), [typeof(string)])!;
    private static readonly MethodInfo CompareTo = typeof(string).GetMethod(nameof(string.CompareTo), [typeof(string)])!;
    private static readonly MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo Utf8Compare = typeof(Utf8Comparer).GetMethod(nameof(Utf8Comparer.Compare))!;
    private static readonly ConstantExpression Ordinal = Expression.Constant(StringComparison.Ordinal);
    private static readonly ConstantExpression Comparer = Expression.Constant(Utf8Comparer.Instance);

    public static Expression Apply(Expression expression) => new StringSemantics().Visit(expression);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = (MethodCallExpression)base.VisitMethodCall(node);
        var method = visited.Method;
        if (method == StartsWith || method == EndsWith || method == IndexOf)
        {
            var withComparison = typeof(string).GetMethod(method.Name, [typeof(string), typeof(StringComparison)])!;
            return Expression.Call(visited.Object, withComparison, visited.Arguments[0], Ordinal);
        }

        if (method == CompareTo)
        {
            return Expression.Call(Comparer, Utf8Compare, visited.Object!, visited.Arguments[0]);
        }

        if (method == Compare)
        {
            return Expression.Call(Comparer, Utf8Compare, visited.Arguments[0], visited.Arguments[1]);
        }

        return visited;
    }
}
