using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using AwsLinq.Query;
using Remotion.Linq;
using Remotion.Linq.Parsing.ExpressionVisitors.Transformation;
using Remotion.Linq.Parsing.Structure;
using Remotion.Linq.Parsing.Structure.IntermediateModel;

namespace AwsLinq.Translation;

/// <summary>
/// re-linq's parser, built once per process, that knows only the <see cref="Queryable"/> operators AwsLinq
/// runs. <see cref="Enumerable"/> calls inside lambdas (<c>keys.Contains(o.Key)</c>) stay ordinary
/// method calls rather than becoming sub-queries, so they can be translated or compiled as they are.
/// </summary>
/// <remarks>
/// The node types are named through <see cref="Node{TNode}"/>, whose annotation tells the trimmer that re-linq
/// constructs them by reflection. re-linq's own <c>MethodInfoBasedNodeTypeRegistry</c> hides that, so a trimmed
/// application lost their constructors and interfaces and failed at its first query.
/// </remarks>
internal static class QueryModelParser
{
    private static readonly QueryParser Parser = new(new ExpressionTreeParser(
        new NodeTypes(new Dictionary<MethodInfo, Type>
        {
            [QueryableMethods.Where] = Node<WhereExpressionNode>(),
            [QueryableMethods.Select] = Node<SelectExpressionNode>(),
            [QueryableMethods.Take] = Node<TakeExpressionNode>(),
            [QueryableMethods.Skip] = Node<SkipExpressionNode>(),
            [QueryableMethods.Distinct] = Node<DistinctExpressionNode>(),
            [QueryableMethods.OrderBy] = Node<OrderByExpressionNode>(),
            [QueryableMethods.OrderByDescending] = Node<OrderByDescendingExpressionNode>(),
            [QueryableMethods.ThenBy] = Node<ThenByExpressionNode>(),
            [QueryableMethods.ThenByDescending] = Node<ThenByDescendingExpressionNode>(),
            [QueryableMethods.First] = Node<FirstExpressionNode>(),
            [QueryableMethods.FirstWithPredicate] = Node<FirstExpressionNode>(),
            [QueryableMethods.FirstOrDefault] = Node<FirstExpressionNode>(),
            [QueryableMethods.FirstOrDefaultWithPredicate] = Node<FirstExpressionNode>(),
            [QueryableMethods.Single] = Node<SingleExpressionNode>(),
            [QueryableMethods.SingleWithPredicate] = Node<SingleExpressionNode>(),
            [QueryableMethods.SingleOrDefault] = Node<SingleExpressionNode>(),
            [QueryableMethods.SingleOrDefaultWithPredicate] = Node<SingleExpressionNode>(),
            [QueryableMethods.Any] = Node<AnyExpressionNode>(),
            [QueryableMethods.AnyWithPredicate] = Node<AnyExpressionNode>(),
            [QueryableMethods.All] = Node<AllExpressionNode>(),
            [QueryableMethods.Count] = Node<CountExpressionNode>(),
            [QueryableMethods.CountWithPredicate] = Node<CountExpressionNode>(),
            [QueryableMethods.LongCount] = Node<LongCountExpressionNode>(),
            [QueryableMethods.LongCountWithPredicate] = Node<LongCountExpressionNode>(),
        }),
        ExpressionTreeParser.CreateDefaultProcessor(ExpressionTransformerRegistry.CreateDefault())));

    public static QueryModel Parse(Expression expression) => Parser.GetParsedQuery(expression);

    // re-linq checks that a node type implements IExpressionNode, then calls one of its public constructors.
    private static Type Node<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.Interfaces)] TNode>()
        where TNode : IExpressionNode => typeof(TNode);

    /// <summary>The node type of each supported operator, by its generic method definition.</summary>
    private sealed class NodeTypes(IReadOnlyDictionary<MethodInfo, Type> types) : INodeTypeProvider
    {
        public bool IsRegistered(MethodInfo method) => types.ContainsKey(Definition(method));

        public Type? GetNodeType(MethodInfo method) => types.GetValueOrDefault(Definition(method));

        private static MethodInfo Definition(MethodInfo method) => method.IsGenericMethod ? method.GetGenericMethodDefinition() : method;
    }
}
