using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using AwsLinq.Diagnostics;
using AwsLinq.Execution;
using AwsLinq.Explain;
using AwsLinq.Translation;

namespace AwsLinq.Query;

/// <summary>
/// The <see cref="IQueryProvider"/> of every AwsLinq query over one resource. Each execution parses the
/// expression afresh, so captured variables are read once per execution, and builds new requests.
/// </summary>
internal sealed class AwsQueryProvider(IAwsResource resource) : IQueryProvider
{
    private static readonly MethodInfo CreateQueryMethod = new Func<Expression, IQueryable<object>>(new AwsQueryProvider(null!).CreateQuery<object>)
        .Method.GetGenericMethodDefinition();

    public IAwsResource Resource { get; } = resource;

    public IQueryable<TElement> CreateQuery<TElement>(Expression expression) => new AwsQueryable<TElement>(this, expression);

    /// <remarks>For callers that know the element type only at run time, such as Dynamic LINQ.</remarks>
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "CreateQuery<TElement> puts no requirement on TElement.")]
    public IQueryable CreateQuery(Expression expression)
    {
        var elementType = QueryableElementType(expression.Type) ?? throw new ArgumentException(
            $"The expression's type {expression.Type} is not an IQueryable<T>.", nameof(expression));
        return (IQueryable)CreateQueryMethod.MakeGenericMethod(elementType).Invoke(this, [expression])!;
    }

    /// <remarks>Blocks on the AWS SDK's asynchronous calls; the async operators do not.</remarks>
    public TResult Execute<TResult>(Expression expression) =>
        Blocking.Wait(() => ExecuteAsync<TResult>(expression, CancellationToken.None));

    public object? Execute(Expression expression) =>
        Blocking.Wait(() => ExecuteAsync<object?>(expression, CancellationToken.None));

    public async Task<TResult> ExecuteAsync<TResult>(Expression expression, CancellationToken cancellationToken)
    {
        var (plan, options) = Prepare(expression);
        using var observation = QueryObservation.Start(plan, options.Logging);
        observation.Enter();
        try
        {
            var result = await QueryExecutor.ScalarAsync(plan, cancellationToken).ConfigureAwait(false);
            return result is null ? default! : (TResult)result;
        }
        catch (Exception e)
        {
            observation.Fail(e);
            throw;
        }
    }

    public IAsyncEnumerable<T> Stream<T>(Expression expression, CancellationToken cancellationToken) => Stream<T>(expression, readsAll: false, cancellationToken);

    /// <summary>The query's items; <paramref name="readsAll"/> when the caller reads every one, so that the listing may read ahead.</summary>
    public async IAsyncEnumerable<T> Stream<T>(Expression expression, bool readsAll, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (plan, options) = Prepare(expression);
        using var observation = QueryObservation.Start(plan, options.Logging);
        observation.Enter();
        var items = QueryExecutor.Stream(plan, readsAll, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (items.ConfigureAwait(false))
        {
            while (await observation.MoveNextAsync(items).ConfigureAwait(false))
            {
                yield return (T)items.Current!;
            }
        }
    }

    /// <summary>The degree of parallelism an AwsLinq query sets with <c>WithDegreeOfParallelism</c>, else its resource's default.</summary>
    public static int ParallelismOf(IQueryable query) =>
        query.Provider is AwsQueryProvider provider ? QueryPreprocessor.Process(query.Expression).Options.Parallelism ?? provider.Resource.DefaultParallelism : 1;

    public QueryExplanation Explain(Expression expression) => PlanExplainer.Explain(Prepare(expression).Plan);

    // Queryable's operators type their calls IQueryable<T> or IOrderedQueryable<T>, both IQueryable<T> itself or one
    // interface away; the trimmer keeps those interfaces, as the types are used as IQueryable<T>.
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The IQueryable<T> interface of a queryable type is kept.")]
    private static Type? QueryableElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IQueryable<>)
            ? type.GetGenericArguments()[0]
            : type.GetInterfaces().FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IQueryable<>))?.GetGenericArguments()[0];

    private (QueryPlan Plan, QueryOptions Options) Prepare(Expression expression)
    {
        var (processed, options) = QueryPreprocessor.Process(expression);
        var model = QueryModelParser.Parse(processed);
        return (QueryPlanner.Plan(model, options, this), options);
    }
}
