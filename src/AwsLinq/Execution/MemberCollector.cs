using System.Linq.Expressions;
using System.Reflection;
using Remotion.Linq;
using Remotion.Linq.Clauses;
using Remotion.Linq.Clauses.Expressions;

namespace AwsLinq.Execution;

/// <summary>Collects every property and field a query reads, at every level, so a resource fetches only what is read.</summary>
internal sealed class MemberCollector : ExpressionVisitor
{
    private readonly HashSet<MemberInfo> _members = [];

    public static IReadOnlySet<MemberInfo> Collect(QueryModel model)
    {
        var collector = new MemberCollector();
        collector.VisitModel(model);
        return collector._members;
    }

    /// <summary>Whether <paramref name="expression"/> reads any of <paramref name="members"/>.</summary>
    public static bool ReadsAny(Expression expression, IReadOnlySet<MemberInfo> members)
    {
        var collector = new MemberCollector();
        collector.Visit(expression);
        return collector._members.Overlaps(members);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        _members.Add(node.Member);
        return base.VisitMember(node);
    }

    protected override Expression VisitExtension(Expression node)
    {
        if (node is SubQueryExpression subQuery)
        {
            VisitModel(subQuery.QueryModel);
            return node;
        }

        return node is QuerySourceReferenceExpression ? node : base.VisitExtension(node);
    }

    private void VisitModel(QueryModel model)
    {
        Visit(model.MainFromClause.FromExpression);
        foreach (var clause in model.BodyClauses)
        {
            switch (clause)
            {
                case WhereClause where:
                    Visit(where.Predicate);
                    break;
                case OrderByClause orderBy:
                    foreach (var ordering in orderBy.Orderings)
                    {
                        Visit(ordering.Expression);
                    }

                    break;
            }
        }

        Visit(model.SelectClause.Selector);
        foreach (var op in model.ResultOperators)
        {
            op.TransformExpressions(e => Visit(e)!);
        }
    }
}
