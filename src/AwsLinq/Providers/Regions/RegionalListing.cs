using System.Linq.Expressions;
using AwsLinq.Explain;
using AwsLinq.Query;

namespace AwsLinq.Providers;

/// <summary>One region's part of a query over several regions: its resource, and the predicates that are its own.</summary>
internal sealed record RegionalListing<TItem>(string Region, AwsResource<TItem> Resource, IReadOnlyList<Expression<Func<TItem, bool>>> Predicates)
    where TItem : class
{
    /// <summary>Where the region's requests go, as errors name it.</summary>
    public string Origin => $"region {Region} ({Resource.Endpoint})";
}

/// <summary>Reads a region's listing from the query a caller wrote for it.</summary>
internal static class RegionalListing
{
    public static RegionalListing<TItem> Of<TItem>(string region, IQueryable<TItem> query, string paramName)
        where TItem : class
    {
        ArgumentNullException.ThrowIfNull(query, paramName);
        var predicates = new List<Expression<Func<TItem, bool>>>();
        var expression = query.Expression;
        while (expression is MethodCallExpression { Method.Name: nameof(Queryable.Where) } call
            && call.Method.DeclaringType == typeof(Queryable)
            && call.Arguments[1] is UnaryExpression { NodeType: ExpressionType.Quote, Operand: Expression<Func<TItem, bool>> predicate })
        {
            predicates.Insert(0, (Expression<Func<TItem, bool>>)Captures.Instance.Visit(predicate));
            expression = call.Arguments[0];
        }

        if (expression is ConstantExpression { Value: IQueryable root } && root.Provider is AwsQueryProvider { Resource: AwsResource<TItem> resource })
        {
            return new RegionalListing<TItem>(region, resource, predicates);
        }

        throw new ArgumentException(
            $"The listing of the region '{region}' must be an AwsLinq entry point, optionally with Where predicates, such as (r, ec2) => ec2.Instances(), " +
            $"not '{ExpressionPrinter.Print(query.Expression)}'. Put other operators on the query over all regions.",
            paramName);
    }

    // Pushdown reads constants, as the query's own predicates reach it: the variables a region's predicate
    // captures (the region's name) are read now.
    private sealed class Captures : ExpressionVisitor
    {
        public static readonly Captures Instance = new();

        protected override Expression VisitMember(MemberExpression node) =>
            Visit(node.Expression) is ConstantExpression { Value: var target }
                ? Expression.Constant(node.Member is System.Reflection.FieldInfo field ? field.GetValue(target) : ((System.Reflection.PropertyInfo)node.Member).GetValue(target), node.Type)
                : base.VisitMember(node);
    }
}
