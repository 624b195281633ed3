using System.Linq.Expressions;

namespace AwsLinq.Execution;

/// <summary>Splits a predicate into the parts joined by <c>&amp;&amp;</c>, each of which can be pushed down on its own.</summary>
internal static class Conjuncts
{
    public static void Split(Expression predicate, List<Expression> into)
    {
        if (predicate.NodeType == ExpressionType.AndAlso)
        {
            var and = (BinaryExpression)predicate;
            Split(and.Left, into);
            Split(and.Right, into);
        }
        else
        {
            into.Add(predicate);
        }
    }
}
