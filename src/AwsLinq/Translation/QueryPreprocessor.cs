using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using AwsLinq.Query;

namespace AwsLinq.Translation;

/// <summary>
/// Prepares a query expression for re-linq: lifts AwsLinq's own options out of the method chain,
/// rejects operators the provider cannot run with an actionable message, and undoes C# 14's span
/// conversions, which expression trees cannot evaluate.
/// </summary>
internal sealed class QueryPreprocessor : ExpressionVisitor
{
    private static readonly MethodInfo WithPageSizeMethod = typeof(AwsQueryableExtensions).GetMethod(nameof(AwsQueryableExtensions.WithPageSize))!;
    private static readonly MethodInfo ServerSideOnlyMethod = typeof(AwsQueryableExtensions).GetMethod(nameof(AwsQueryableExtensions.ServerSideOnly))!;
    private static readonly MethodInfo WithListingPolicyMethod = typeof(AwsQueryableExtensions).GetMethod(nameof(AwsQueryableExtensions.WithListingPolicy))!;
    private static readonly MethodInfo WithLoggingMethod = typeof(AwsQueryableExtensions).GetMethod(nameof(AwsQueryableExtensions.WithLogging))!;
    private static readonly MethodInfo WithDegreeOfParallelismMethod = typeof(AwsQueryableExtensions).GetMethod(nameof(AwsQueryableExtensions.WithDegreeOfParallelism))!;
    private static readonly MethodInfo WithPrefetchMethod = typeof(AwsQueryableExtensions).GetMethod(nameof(AwsQueryableExtensions.WithPrefetch))!;
    private static readonly MethodInfo EnumerableContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    private int? _pageSize;
    private bool _serverSideOnly;
    private ListingPolicy? _listingPolicy;
    private QueryLogging? _logging;
    private int? _parallelism;
    private bool _prefetch;

    private QueryPreprocessor()
    {
    }

    public static (Expression Expression, QueryOptions Options) Process(Expression expression)
    {
        var visitor = new QueryPreprocessor();
        var result = visitor.Visit(expression);
        return (result, new QueryOptions(visitor._pageSize, visitor._serverSideOnly, visitor._listingPolicy, visitor._logging, visitor._parallelism, visitor._prefetch));
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method.IsGenericMethod ? node.Method.GetGenericMethodDefinition() : node.Method;
        if (method == WithPageSizeMethod)
        {
            var size = (int)((ConstantExpression)node.Arguments[1]).Value!;
            // The outermost call is visited first: the page size written last wins.
            _pageSize ??= size;
            return Visit(node.Arguments[0]);
        }

        if (method == WithListingPolicyMethod)
        {
            // The outermost call is visited first: the policy written last wins.
            _listingPolicy ??= (ListingPolicy)((ConstantExpression)node.Arguments[1]).Value!;
            return Visit(node.Arguments[0]);
        }

        if (method == WithLoggingMethod)
        {
            _logging ??= (QueryLogging)((ConstantExpression)node.Arguments[1]).Value!;
            return Visit(node.Arguments[0]);
        }

        if (method == WithDegreeOfParallelismMethod)
        {
            // The outermost call is visited first: the degree written last wins.
            _parallelism ??= (int)((ConstantExpression)node.Arguments[1]).Value!;
            return Visit(node.Arguments[0]);
        }

        if (method == WithPrefetchMethod)
        {
            _prefetch = true;
            return Visit(node.Arguments[0]);
        }

        if (method == ServerSideOnlyMethod)
        {
            _serverSideOnly = true;
            return Visit(node.Arguments[0]);
        }

        if (QueryableMethods.WithComparer.TryGetValue(method, out var withoutComparer))
        {
            return Visit(WrapComparer(node, withoutComparer));
        }

        if (method.DeclaringType == typeof(Queryable) && !QueryableMethods.Supported.Contains(method))
        {
            throw new NotSupportedException(QueryableMethods.Supported.Any(m => m.Name == method.Name)
                ? $"This overload of the LINQ operator '{method.Name}' ({Signature(method)}) is not supported by AwsLinq. " +
                  $"Use another overload, or call AsAsyncEnumerable() before '{method.Name}' to evaluate it in memory over the listing."
                : $"The LINQ operator '{method.Name}' is not supported by AwsLinq. " +
                  $"Call AsAsyncEnumerable() before '{method.Name}' to evaluate it in memory over the listing.");
        }

        if (TryUndoSpanContains(node, out var contains))
        {
            return Visit(contains);
        }

        return base.VisitMethodCall(node);
    }

    // OrderBy(key, comparer) -> OrderBy(ComparerKey.Create(key, comparer)): re-linq parses only the overloads without one.
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "Queryable's operators put no requirement on their type arguments.")]
    private static MethodCallExpression WrapComparer(MethodCallExpression node, MethodInfo withoutComparer)
    {
        var key = (LambdaExpression)StripQuote(node.Arguments[1]);
        var keyType = key.ReturnType;
        var wrapped = Expression.Call(typeof(ComparerKey), nameof(ComparerKey.Create), [keyType], key.Body, node.Arguments[2]);
        var lambda = Expression.Lambda(wrapped, key.Parameters);
        var method = withoutComparer.MakeGenericMethod(node.Method.GetGenericArguments()[0], wrapped.Type);
        return Expression.Call(method, node.Arguments[0], Expression.Quote(lambda));
    }

    private static Expression StripQuote(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : expression;

    private static string Signature(MethodInfo method) =>
        string.Join(", ", method.GetParameters().Skip(1).Select(p => TypeName(p.ParameterType)));

    private static string TypeName(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>" : type.Name;

    // C# 14 binds array.Contains(x) to MemoryExtensions.Contains(ReadOnlySpan<T>, T) through an implicit
    // conversion; a span cannot be boxed into a constant, so turn it back into Enumerable.Contains.
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "Enumerable.Contains puts no requirement on its type argument.")]
    private static bool TryUndoSpanContains(MethodCallExpression node, out Expression result)
    {
        result = node;
        if (node.Method.DeclaringType != typeof(MemoryExtensions) || node.Method.Name != nameof(MemoryExtensions.Contains)
            || node.Arguments.Count != 2 || node.Arguments[0] is not MethodCallExpression { Method.Name: "op_Implicit" } conversion)
        {
            return false;
        }

        var collection = conversion.Arguments[0];
        var elementType = node.Method.GetGenericArguments()[0];
        result = Expression.Call(EnumerableContains.MakeGenericMethod(elementType), collection, node.Arguments[1]);
        return true;
    }
}
