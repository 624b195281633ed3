using System.Linq.Expressions;
using Remotion.Linq.Clauses;
using Remotion.Linq.Clauses.Expressions;

namespace AwsLinq.Execution;

/// <summary>Replaces re-linq's references to a query source with a lambda parameter.</summary>
internal sealed class SourceReplacer(IQuerySource source, ParameterExpression parameter) : ExpressionVisitor
{
    public static Expression Replace(Expression expression, IQuerySource source, ParameterExpression parameter) =>
        new SourceReplacer(source, parameter).Visit(expression);

    protected override Expression VisitExtension(Expression node) => node switch
    {
        QuerySourceReferenceExpression reference when reference.ReferencedQuerySource == source => parameter,
        SubQueryExpression => throw new NotSupportedException(
            $"The sub-query '{node}' cannot be evaluated by AwsLinq: a query inside a predicate or projection would send its own requests for every item. " +
            "Materialize it first (for example with ToListAsync()) and use the list in the query."),
        _ => base.VisitExtension(node),
    };
}
