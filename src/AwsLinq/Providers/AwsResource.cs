using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using AwsLinq.Execution;
using AwsLinq.Query;

namespace AwsLinq.Providers;

/// <summary>
/// A listing that AwsLinq can query, declared by a service package: its item type, how predicates become request
/// parameters, the order the service lists in, and the per-item calls that fill what the listing leaves out. The
/// core does the rest (paging, checks of the service's answers, retries, in-memory evaluation, plans).
/// </summary>
/// <typeparam name="TItem">The type of the items the listing returns.</typeparam>
public abstract class AwsResource<TItem> : IAwsResource
    where TItem : class
{
    /// <summary>Initializes a resource.</summary>
    /// <param name="client">The SDK client the listing is sent with; its endpoint is named in errors.</param>
    /// <param name="service">The service name shown in plans and errors, for example <c>S3</c>.</param>
    /// <param name="operation">The listing operation, for example <c>ListObjectsV2</c>.</param>
    /// <param name="pageSize">The page-size parameter and the range the service accepts for it.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="service"/> or <paramref name="operation"/> is empty.</exception>
    protected AwsResource(IAmazonService client, string service, string operation, PageSizeRange pageSize)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentNullException.ThrowIfNull(pageSize);
        Service = service;
        Operation = operation;
        PageSize = pageSize;
        Endpoint = EndpointOf(client);
    }

    // A resource made of other resources (one per region), each with its own client.
    private protected AwsResource(string service, string operation, PageSizeRange pageSize, string endpoint)
    {
        Service = service;
        Operation = operation;
        PageSize = pageSize;
        Endpoint = endpoint;
    }

    /// <summary>Gets the service name, for example <c>S3</c>.</summary>
    public string Service { get; }

    /// <summary>Gets the listing operation, for example <c>ListObjectsV2</c>.</summary>
    public string Operation { get; }

    /// <summary>Gets the page-size parameter and its valid range.</summary>
    public PageSizeRange PageSize { get; }

    /// <summary>Gets the endpoint the client sends to, as named in errors: its service URL, or its region.</summary>
    public string Endpoint { get; }

    /// <summary>
    /// Gets the order the service guarantees for every listing of this resource, or <see langword="null"/> when it
    /// guarantees none. The core checks it on every item (a server that breaks it gets a clear error instead of
    /// duplicates or an early stop), and ordering by its key needs no sort.
    /// </summary>
    public virtual ListingOrder<TItem>? Order => null;

    /// <summary>
    /// Gets the calls made per item to fill members the listing does not return (for example SQS queue attributes).
    /// Each runs only when the query reads a member it fills, after the predicates that read none of them.
    /// </summary>
    public virtual IReadOnlyList<ItemFollowUp<TItem>> FollowUps => [];

    Type IAwsResource.ItemType => typeof(TItem);

    int IAwsResource.DefaultParallelism => DefaultParallelism;

    private protected virtual int DefaultParallelism => 1;

    /// <summary>
    /// Returns the resource an AwsLinq query lists, for extensions such as batch actions that call the service
    /// the query reads.
    /// </summary>
    /// <typeparam name="TResource">The resource type the caller expects.</typeparam>
    /// <param name="query">An AwsLinq query whose source is a <typeparamref name="TResource"/>.</param>
    /// <param name="paramName">The caller's name for <paramref name="query"/>, used in the exceptions.</param>
    /// <returns>The resource.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The query is not an AwsLinq query over a <typeparamref name="TResource"/>.</exception>
    public static TResource Of<TResource>(IQueryable query, [CallerArgumentExpression(nameof(query))] string? paramName = null)
        where TResource : AwsResource<TItem>
    {
        ArgumentNullException.ThrowIfNull(query, paramName);
        return (query.Provider as AwsQueryProvider)?.Resource as TResource ?? throw new ArgumentException(
            $"This works only on an AwsLinq query over {typeof(TItem).Name} items, such as one the service's entry point returns, " +
            $"but this query's provider is {query.Provider.GetType().Name}. Call it on the AwsLinq query itself, before converting it to another kind of sequence.",
            paramName);
    }

    /// <summary>A resource as the type an action expects, or an error naming both.</summary>
    internal static TResource As<TResource>(AwsResource<TItem> resource, string? paramName)
        where TResource : AwsResource<TItem> =>
        resource as TResource ?? throw new ArgumentException(
            $"This works only on a query over {typeof(TResource).Name}, but this query lists {resource.Describe()}.", paramName);

    /// <summary>Creates a query over this listing. Nothing is sent until the query is enumerated.</summary>
    /// <returns>A queryable whose provider is AwsLinq.</returns>
    public IAwsQueryable<TItem> CreateQuery() => new AwsQueryable<TItem>(new AwsQueryProvider(this));

    /// <summary>
    /// Translates the query's predicates (ANDed together) into listing requests. Most resources offer the
    /// predicates to pushdown pieces with <see cref="ResourceQuery{TItem}.Translate"/>.
    /// </summary>
    /// <param name="query">The predicates and what else the query reads.</param>
    /// <returns>How far each predicate was pushed down, and how to make the requests.</returns>
    public abstract ResourceTranslation<TItem> Translate(ResourceQuery<TItem> query);

    /// <summary>
    /// Whether the listing already returns items in ascending order of <paramref name="keySelector"/>, with no two
    /// items sharing a key, so that ordering by it needs no sort. By default: whether it reads <see cref="Order"/>'s key.
    /// </summary>
    /// <param name="keySelector">A lambda from <typeparamref name="TItem"/> to the ordering key.</param>
    /// <returns><see langword="true"/> when no sort is needed.</returns>
    public virtual bool IsNativeOrder(LambdaExpression keySelector) => Order?.IsKey(keySelector) ?? false;

    /// <summary>Describes the listing in one line, for plans and errors.</summary>
    /// <returns>For example <c>S3 ListObjectsV2 of bucket 'logs'</c>.</returns>
    public virtual string Describe() => $"{Service} {Operation}";

    ResourcePlan IAwsResource.Translate(IReadOnlyList<LambdaExpression> predicates, IReadOnlySet<MemberInfo> membersRead)
    {
        var typed = predicates.Select(p => (Expression<Func<TItem, bool>>)p).ToArray();
        var translation = Translate(new ResourceQuery<TItem>(typed, membersRead))
            ?? throw new InvalidOperationException($"{GetType().Name}.Translate returned null.");
        if (translation.Pushdown.Count != typed.Length)
        {
            throw new InvalidOperationException(
                $"{GetType().Name}.Translate reported {translation.Pushdown.Count} pushdown results for {typed.Length} predicates.");
        }

        var followUps = FollowUps.Select(f => f.For(membersRead)).OfType<PlannedFollowUp<TItem>>().ToArray();
        return new ResourcePlan<TItem>(this, translation, followUps);
    }

    internal static string EndpointOf(IAmazonService client)
    {
        var config = client.Config;
        return config.ServiceURL ?? (config.RegionEndpoint is { } region ? $"region {region.SystemName}" : "the default endpoint");
    }
}
