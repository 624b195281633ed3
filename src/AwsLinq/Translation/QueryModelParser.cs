using System.Linq.Expressions;
using AwsLinq.Query;
using Remotion.Linq;
using Remotion.Linq.Parsing.ExpressionVisitors.Transformation;
using Remotion.Linq.Parsing.Structure;
using Remotion.Linq.Parsing.Structure.IntermediateModel;
using Remotion.Linq.Parsing.Structure.NodeTypeProviders;

namespace AwsLinq.Translation;

/// <summary>
/// re-linq's parser, built once per process, that knows only the <see cref="Queryable"/> operators AwsLinq
/// runs. <see cref="Enumerable"/> calls inside lambdas (<c>keys.Contains(o.Key)</c>) stay ordinary
/// method calls rather than becoming sub-queries, so they can be translated or compiled as they are.
/// </summary>
internal static class QueryModelParser
{
    private static readonly QueryParser Parser = CreateParser();

    public static QueryModel Parse(Expression expression) => Parser.GetParsedQuery(expression);

    private static QueryParser CreateParser()
    {
        var registry = new MethodInfoBasedNodeTypeRegistry();
        registry.Register([QueryableMethods.Where], typeof(WhereExpressionNode));
        registry.Register([QueryableMethods.Select], typeof(SelectExpressionNode));
        registry.Register([QueryableMethods.Take], typeof(TakeExpressionNode));
        registry.Register([QueryableMethods.Skip], typeof(SkipExpressionNode));
        registry.Register([QueryableMethods.Distinct], typeof(DistinctExpressionNode));
        registry.Register([QueryableMethods.OrderBy], typeof(OrderByExpressionNode));
        registry.Register([QueryableMethods.OrderByDescending], typeof(OrderByDescendingExpressionNode));
        registry.Register([QueryableMethods.ThenBy], typeof(ThenByExpressionNode));
        registry.Register([QueryableMethods.ThenByDescending], typeof(ThenByDescendingExpressionNode));
        registry.Register([QueryableMethods.First, QueryableMethods.FirstWithPredicate, QueryableMethods.FirstOrDefault, QueryableMethods.FirstOrDefaultWithPredicate], typeof(FirstExpressionNode));
        registry.Register([QueryableMethods.Single, QueryableMethods.SingleWithPredicate, QueryableMethods.SingleOrDefault, QueryableMethods.SingleOrDefaultWithPredicate], typeof(SingleExpressionNode));
        registry.Register([QueryableMethods.Any, QueryableMethods.AnyWithPredicate], typeof(AnyExpressionNode));
        registry.Register([QueryableMethods.All], typeof(AllExpressionNode));
        registry.Register([QueryableMethods.Count, QueryableMethods.CountWithPredicate], typeof(CountExpressionNode));
        registry.Register([QueryableMethods.LongCount, QueryableMethods.LongCountWithPredicate], typeof(LongCountExpressionNode));

        var processor = ExpressionTreeParser.CreateDefaultProcessor(ExpressionTransformerRegistry.CreateDefault());
        return new QueryParser(new ExpressionTreeParser(registry, processor));
    }
}
