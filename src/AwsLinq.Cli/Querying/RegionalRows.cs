using System.Linq.Expressions;

namespace AwsLinq.Cli.Querying;

/// <summary>
/// Moves a query the CLI built over one region's items (its options parse against the item's properties) onto the
/// query over several regions: every operator's lambda reads <c>x.Item</c> where it read the item, and the row of
/// columns gets the region first. The library then pushes the same predicates down to every region.
/// </summary>
internal sealed class RegionalRows<T>(IQueryable<T> root, IAwsQueryable<Regional<T>> regions)
{
    public const string Column = "Region";

    /// <summary>Gets each region's client settings, in the order of the regions, for the target a batch action names.</summary>
    public IReadOnlyList<Amazon.Runtime.IClientConfig> Configs { get; init; } = [];

    public IReadOnlyList<string> Columns(IReadOnlyList<string> columns) => [Column, .. columns];

    public IAwsQueryable<object?[]> Rows(IQueryable<object?[]> rows) => (IAwsQueryable<object?[]>)regions.Provider.CreateQuery<object?[]>(new Lifter(root, regions).Visit(rows.Expression));

    public IAwsQueryable<Regional<T>> Query(IQueryable<T> query) => (IAwsQueryable<Regional<T>>)regions.Provider.CreateQuery<Regional<T>>(new Lifter(root, regions).Visit(query.Expression));

    private sealed class Lifter(IQueryable<T> root, IAwsQueryable<Regional<T>> regions) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node) => ReferenceEquals(node.Value, root) ? regions.Expression : node;

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!node.Method.IsGenericMethod || !node.Method.GetGenericArguments().Contains(typeof(T)))
            {
                return base.VisitMethodCall(node);
            }

            var method = node.Method.GetGenericMethodDefinition().MakeGenericMethod([.. node.Method.GetGenericArguments().Select(a => a == typeof(T) ? typeof(Regional<T>) : a)]);
            return Expression.Call(node.Object, method, node.Arguments.Select(Argument));
        }

        private Expression Argument(Expression argument) =>
            argument is UnaryExpression { NodeType: ExpressionType.Quote, Operand: LambdaExpression { Parameters: [var item] } lambda } && item.Type == typeof(T)
                ? Expression.Quote(Lift(lambda, item))
                : Visit(argument);

        private static LambdaExpression Lift(LambdaExpression lambda, ParameterExpression item)
        {
            var pair = Expression.Parameter(typeof(Regional<T>), item.Name);
            var body = new Replacer(item, Expression.Property(pair, nameof(Regional<T>.Item))).Visit(lambda.Body);
            if (body is NewArrayExpression { NodeType: ExpressionType.NewArrayInit } row && row.Type == typeof(object?[]))
            {
                // The projection: the region is the first column.
                body = Expression.NewArrayInit(typeof(object), [Expression.Convert(Expression.Property(pair, nameof(Regional<T>.Region)), typeof(object)), .. row.Expressions]);
            }

            return Expression.Lambda(body, pair);
        }
    }

    private sealed class Replacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
