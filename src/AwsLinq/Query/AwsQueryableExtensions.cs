using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using AwsLinq.Query;

namespace AwsLinq;

/// <summary>AwsLinq's own query operators: page size, strict translation, plans and streaming.</summary>
public static partial class AwsQueryableExtensions
{
    /// <summary>
    /// Sets the page size of the listing requests (S3 <c>MaxKeys</c> or <c>MaxBuckets</c>, EC2 and SQS
    /// <c>MaxResults</c>). A <c>Take</c> with nothing filtered in memory before it asks for smaller pages still.
    /// Like EF Core's <c>AsNoTracking</c>, it returns a query of another provider unchanged, so that code which
    /// builds queries can be tested over <c>list.AsQueryable()</c>.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query, or any other query (returned as it is).</param>
    /// <param name="pageSize">The items per page, within the range the service accepts.</param>
    /// <returns>The query with the page size set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="pageSize"/> is not positive, or, on an AwsLinq query, outside the service's range; the message states it.
    /// </exception>
    public static IQueryable<T> WithPageSize<T>(this IQueryable<T> source, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Provider is not AwsQueryProvider provider)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
            return source;
        }

        var resource = provider.Resource;
        resource.PageSize.Validate(pageSize, resource.Service, resource.Operation);
        return provider.CreateQuery<T>(Expression.Call(null, new Func<IQueryable<T>, int, IQueryable<T>>(WithPageSize).Method, source.Expression, Expression.Constant(pageSize)));
    }

    /// <summary>
    /// Forbids evaluating predicates in memory: a predicate the service cannot filter makes the query throw
    /// an <see cref="InvalidOperationException"/> when it runs, instead of scanning the whole listing.
    /// Predicates the service narrows and AwsLinq only re-checks are allowed. A query of another provider is
    /// returned unchanged.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query, or any other query (returned as it is).</param>
    /// <returns>The query in strict mode.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public static IQueryable<T> ServerSideOnly<T>(this IQueryable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Provider is AwsQueryProvider provider
            ? provider.CreateQuery<T>(Expression.Call(null, new Func<IQueryable<T>, IQueryable<T>>(ServerSideOnly).Method, source.Expression))
            : source;
    }

    /// <summary>
    /// Works out, without sending anything, what the query will send and what it will evaluate in memory.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <returns>The plan; its <see cref="QueryExplanation.ToString"/> renders it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> implements <see cref="IAwsQueryable{T}"/> but was not made by AwsLinq.</exception>
    /// <exception cref="NotSupportedException">The query uses an operator AwsLinq cannot run.</exception>
    public static QueryExplanation Explain<T>(this IAwsQueryable<T> source) => ProviderOf(source).Explain(source.Expression);

    /// <summary>
    /// Works out the plan of a query that ends in an operator returning one value, such as <c>Count()</c>
    /// or <c>First()</c>, or in a batch action, such as <c>DeleteAllAsync</c>, without sending anything:
    /// <c>q.Explain(x => x.Count())</c>, <c>q.Explain(x => x.DeleteAllAsync(null, default))</c>.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TResult">The operator's result type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <param name="query">The operator applied to the query.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> implements <see cref="IAwsQueryable{T}"/> but was not made by AwsLinq.</exception>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification =
        "Known gap (docs/trimming.md): the batch action's declaring class is found by name; its property is kept because the action method reads it, but its metadata may not be.")]
    public static QueryExplanation Explain<T, TResult>(this IAwsQueryable<T> source, Expression<Func<IQueryable<T>, TResult>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var provider = ProviderOf(source);
        var body = new ParameterReplacer(query.Parameters[0], source.Expression).Visit(query.Body);
        if (body is MethodCallExpression call && call.Method.GetCustomAttributes(typeof(BatchActionAttribute), false) is [BatchActionAttribute action])
        {
            var declaration = call.Method.DeclaringType?.GetProperty(action.Action)?.GetValue(null) as IBatchAction
                ?? throw new InvalidOperationException($"{call.Method.DeclaringType?.Name}.{call.Method.Name} names the batch action '{action.Action}', but its class has no such public static property.");
            return provider.Explain(call.Arguments[0]).WithAction(declaration.Describe(source));
        }

        return provider.Explain(body);
    }

    /// <summary>
    /// Streams the query's results asynchronously, page by page. Operators applied to the result run in
    /// memory (use this to evaluate what AwsLinq cannot translate).
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">An AwsLinq query.</param>
    /// <returns>The results as an asynchronous stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public static IAsyncEnumerable<T> AsAsyncEnumerable<T>(this IAwsQueryable<T> source) => AsyncSequenceExtensions.AsAsyncEnumerable(source);

    internal static AwsQueryProvider ProviderOf<T>(IQueryable<T> source, [System.Runtime.CompilerServices.CallerMemberName] string operation = "")
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Provider as AwsQueryProvider ?? throw new ArgumentException(
            $"{operation}() works only on AwsLinq queries (such as s3.Objects(bucket)), but this query's provider is {source.Provider.GetType().Name}. " +
            "Call it on the AwsLinq query before converting it to another kind of sequence.",
            nameof(source));
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
