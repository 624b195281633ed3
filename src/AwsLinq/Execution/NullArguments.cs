using System.Linq.Expressions;
using AwsLinq.Explain;

namespace AwsLinq.Execution;

/// <summary>
/// <c>o.Key.StartsWith(null)</c> throws for every item in LINQ-to-Objects. Another predicate may let the service
/// return no item, so that it would never run here: reject it before anything is sent, as LINQ would reject it.
/// </summary>
internal sealed class NullArguments : ExpressionVisitor
{
    private static readonly HashSet<string> Methods = [nameof(string.StartsWith), nameof(string.EndsWith), nameof(string.Contains), nameof(string.IndexOf)];
    private readonly ParameterExpression _item;

    private NullArguments(ParameterExpression item) => _item = item;

    public static void ThrowIfAny(IEnumerable<Expression> predicates, ParameterExpression item)
    {
        var visitor = new NullArguments(item);
        foreach (var predicate in predicates)
        {
            visitor.Visit(predicate);
        }
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType == typeof(string) && node.Object is not null && Methods.Contains(node.Method.Name)
            && node.Arguments.Count > 0 && node.Arguments[0] is ConstantExpression { Value: null } && node.Arguments[0].Type == typeof(string))
        {
            throw new ArgumentNullException(
                "value",
                $"'{ExpressionPrinter.Print(Expression.Lambda(node, _item))}' passes null to string.{node.Method.Name}, which throws for every item, as it does in LINQ to Objects. Pass a string.");
        }

        return base.VisitMethodCall(node);
    }
}
