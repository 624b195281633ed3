using Amazon.Runtime;

namespace AwsLinq.Providers;

/// <summary>One collection of a <see cref="ServiceCatalog"/>, seen without its types.</summary>
public interface ICollectionEntry
{
    /// <summary>Gets the collection's command name, for example <c>objects</c>.</summary>
    string Name { get; }

    /// <summary>Gets what the listing sends, in one sentence, for help texts.</summary>
    string Description { get; }

    /// <summary>Gets the values a listing of the collection needs, in order (a bucket name).</summary>
    IReadOnlyList<CollectionArgument> Arguments { get; }

    /// <summary>Calls back with the collection's types.</summary>
    /// <typeparam name="TResult">What the visitor returns.</typeparam>
    /// <param name="visitor">The visitor.</param>
    /// <returns>What the visitor returned.</returns>
    TResult Accept<TResult>(ICollectionVisitor<TResult> visitor);
}

/// <summary>Receives a <see cref="CollectionEntry{TClient, TItem}"/> with its types.</summary>
/// <typeparam name="TResult">What the visitor returns.</typeparam>
public interface ICollectionVisitor<out TResult>
{
    /// <summary>Visits a collection.</summary>
    /// <typeparam name="TClient">The SDK client type.</typeparam>
    /// <typeparam name="TItem">The item type.</typeparam>
    /// <param name="collection">The collection.</param>
    /// <returns>The visitor's result.</returns>
    TResult Visit<TClient, TItem>(CollectionEntry<TClient, TItem> collection)
        where TClient : IAmazonService
        where TItem : class;
}

/// <summary>A value a collection's listing needs, such as the bucket of an object listing.</summary>
/// <param name="Name">The argument's name, for example <c>bucket</c>.</param>
/// <param name="Description">What it is, in one sentence.</param>
/// <param name="Default">
/// The value a tool passes when none is given (an empty prefix: the bucket's top level), or <see langword="null"/>
/// when the argument is required. Optional arguments come after the required ones.
/// </param>
public sealed record CollectionArgument(string Name, string Description, string? Default = null)
{
    /// <summary>
    /// Gets a check run before anything is sent: <see langword="null"/> for a value the service can take, else what is
    /// wrong with it, as words that follow the quoted value (<c>is not a valid bucket name: ...</c>).
    /// </summary>
    public Func<string, string?>? Check { get; init; }

    /// <summary>Gets the service's error codes that mean no such value exists (<c>NoSuchBucket</c>), so that tools can say so in its terms.</summary>
    public IReadOnlySet<string> NotFoundCodes { get; init; } = new HashSet<string>();

    /// <summary>
    /// Gets the character that separates several values in one argument (<c>logs,archive</c>: two buckets), or
    /// <see langword="null"/> when it takes one. <see cref="Check"/> then gets the whole text, and a not-found error is
    /// the service's own, which names the one missing.
    /// </summary>
    public char? Separator { get; init; }
}

/// <summary>
/// A collection as tools offer it: its entry point, how its items are named and shown, and its batch actions.
/// </summary>
/// <typeparam name="TClient">The SDK client type.</typeparam>
/// <typeparam name="TItem">The item type.</typeparam>
public sealed class CollectionEntry<TClient, TItem> : ICollectionEntry
    where TClient : IAmazonService
    where TItem : class
{
    /// <inheritdoc/>
    public required string Name { get; init; }

    /// <inheritdoc/>
    public required string Description { get; init; }

    /// <inheritdoc/>
    public IReadOnlyList<CollectionArgument> Arguments { get; init; } = [];

    /// <summary>Gets the entry point: a query over the collection, from a client and the <see cref="Arguments"/>' values.</summary>
    public required Func<TClient, IReadOnlyList<string>, IQueryable<TItem>> Open { get; init; }

    /// <summary>
    /// Gets the entry point of the collection in one region of several, from the region's name, its client and the
    /// <see cref="Arguments"/>' values, for tools that list several regions at once (<c>awslinq --regions</c>); usually
    /// <see cref="Open"/> itself, narrowed to the region where the service lists every region's items from each (S3
    /// buckets). <see langword="null"/> for a collection that lives in one region (the objects of a bucket).
    /// </summary>
    public Func<string, TClient, IReadOnlyList<string>, IQueryable<TItem>>? OpenInRegion { get; init; }

    /// <summary>Gets one item in prose, for example <c>object</c>.</summary>
    public required string Singular { get; init; }

    /// <summary>Gets several items in prose, for example <c>objects</c>.</summary>
    public required string Plural { get; init; }

    /// <summary>Gets the lambda parameter plans show: <c>o</c> in <c>o =&gt; o.Size &gt; 10</c>.</summary>
    public required string Parameter { get; init; }

    /// <summary>Gets the members shown when no projection is asked for, as paths (<c>State.Name</c>).</summary>
    public required IReadOnlyList<string> DefaultColumns { get; init; }

    /// <summary>
    /// Gets a string member the service lists in ascending ordinal order and can start after (S3's <c>Key</c>, sent as
    /// <c>StartAfter</c>), so that a tool can resume a listing after the last item it printed; <see langword="null"/> when
    /// there is none and a listing resumes by counting items.
    /// </summary>
    public string? ResumeKey { get; init; }

    /// <summary>Gets a predicate over an item, written against its members, for help texts.</summary>
    public required string WhereExample { get; init; }

    /// <summary>Gets static classes whose extension methods predicates may call, such as <c>Tag("env")</c>.</summary>
    public IReadOnlyList<Type> ExtensionTypes { get; init; } = [];

    /// <summary>Gets the batch actions on the collection's items.</summary>
    public IReadOnlyList<BatchAction<TItem>> Actions { get; init; } = [];

    /// <inheritdoc/>
    public TResult Accept<TResult>(ICollectionVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit(this);
    }
}
