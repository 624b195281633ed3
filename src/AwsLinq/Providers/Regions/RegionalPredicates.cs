using System.Linq.Expressions;

namespace AwsLinq.Providers;

/// <summary>
/// Tells apart the predicates of a query over several regions: one that reads only the region picks the regions to
/// ask, one that reads only the item goes to every region's resource as a predicate over the item, and one that
/// reads both (or the pair as a whole) runs in memory.
/// </summary>
internal static class RegionalPredicates
{
    public static (Func<string, bool>? OnRegion, Expression<Func<TItem, bool>>? OnItem) Split<TItem>(Expression<Func<Regional<TItem>, bool>> predicate)
    {
        var visitor = new Rewriter<TItem>(predicate.Parameters[0]);
        var body = visitor.Visit(predicate.Body);
        if (visitor.ReadsWhole || (visitor.ReadsItem && visitor.ReadsRegion))
        {
            return (null, null);
        }

        if (visitor.ReadsItem)
        {
            return (null, Expression.Lambda<Func<TItem, bool>>(body, visitor.Item));
        }

        var compiled = predicate.Compile();
        return (region => compiled(new Regional<TItem>(region, default!)), null);
    }

    private sealed class Rewriter<TItem>(ParameterExpression pair) : ExpressionVisitor
    {
        public ParameterExpression Item { get; } = Expression.Parameter(typeof(TItem), pair.Name);

        public bool ReadsItem { get; private set; }

        public bool ReadsRegion { get; private set; }

        public bool ReadsWhole { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression != pair)
            {
                return base.VisitMember(node);
            }

            if (node.Member.Name == nameof(Regional<TItem>.Item))
            {
                ReadsItem = true;
                return Item;
            }

            ReadsRegion = true;
            return node;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            ReadsWhole |= node == pair;
            return node;
        }
    }
}
