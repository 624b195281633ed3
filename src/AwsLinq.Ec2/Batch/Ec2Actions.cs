using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;

namespace AwsLinq.Ec2.Batch;

/// <summary>
/// Declares EC2 batch actions: one call per page of at most 1000 ids. EC2 applies such a call to all of its ids or
/// to none, so a refusal fails the whole page; with <c>DryRun</c>, <c>DryRunOperation</c> means the call would have
/// succeeded.
/// </summary>
internal static class Ec2Actions
{
    public const int MaxIds = 1000;

    // Calls made per item at once; the SDK retries those EC2 throttles (RequestLimitExceeded).
    public const int MaxConcurrentCalls = 8;

    private static readonly BatchParameter TagsParameter = new("tags", BatchParameterKind.KeyValuePairs, "The tags to set, as key=value.");
    private static readonly BatchParameter KeysParameter = new("keys", BatchParameterKind.Values, "The tag keys to remove, whatever their values.");

    public static PagedBatchAction<TResource, TItem> Paged<TResource, TItem>(
        string operation,
        string command,
        string summary,
        Func<TItem, string> id,
        Func<IAmazonEC2, List<string>, BatchArguments, bool, CancellationToken, Task> call,
        IReadOnlyList<BatchParameter>? parameters = null,
        Action<BatchArguments>? validate = null)
        where TResource : AwsResource<TItem>, IEc2Collection
        where TItem : class => new()
        {
            Operation = operation,
            Command = command,
            Summary = summary,
            Id = id,
            IdNoun = "ids",
            MaxPerCall = MaxIds,
            DryRun = BatchDryRun.Service,
            Parameters = parameters ?? [],
            Validate = validate,
            Call = async (resource, page, arguments, dryRun, cancellationToken) =>
            {
                var ids = page.Select(id).ToList();
                await SendAsync(() => call(resource.Client, ids, arguments, dryRun, cancellationToken), dryRun).ConfigureAwait(false);
                return BatchOutcome.AllSucceeded(ids);
            },
        };

    /// <summary>
    /// An action EC2 offers for one id per call (<c>DeleteVolume</c>): calls run at most <see cref="MaxConcurrentCalls"/>
    /// at once, each sent with EC2's <c>DryRun</c> in a dry run, so that EC2 checks every item. An error code of
    /// <paramref name="alreadyDone"/> (the item is gone, after an SDK retry of a call whose answer was lost) counts as done.
    /// </summary>
    public static ItemBatchAction<TResource, TItem> PerItem<TResource, TItem>(
        string operation,
        string command,
        string summary,
        string noun,
        Func<TItem, string> id,
        Func<IAmazonEC2, string, bool, CancellationToken, Task> call,
        string alreadyDone)
        where TResource : AwsResource<TItem>, IEc2Collection
        where TItem : class => new()
        {
            Operation = operation,
            Command = command,
            Summary = summary,
            Id = id,
            ItemNoun = noun,
            DryRun = BatchDryRun.Service,
            MaxConcurrency = _ => MaxConcurrentCalls,
            AlreadyDone = new HashSet<string>(StringComparer.Ordinal) { alreadyDone },
            Call = (resource, item, _, dryRun, cancellationToken) => SendAsync(() => call(resource.Client, id(item), dryRun, cancellationToken), dryRun),
        };

    /// <summary><c>CreateTags</c> on the selected items, for any EC2 collection.</summary>
    public static PagedBatchAction<TResource, TItem> CreateTags<TResource, TItem>(string command, string noun, Func<TItem, string> id)
        where TResource : AwsResource<TItem>, IEc2Collection
        where TItem : class =>
        Paged<TResource, TItem>(
            "CreateTags",
            command,
            $"Set tags on the selected {noun} (CreateTags).",
            id,
            (ec2, ids, arguments, dryRun, ct) =>
                ec2.CreateTagsAsync(new CreateTagsRequest { Resources = ids, Tags = arguments.Pairs("tags").Select(t => new Tag(t.Key, t.Value)).ToList(), DryRun = dryRun }, ct),
            [TagsParameter],
            arguments =>
            {
                if (arguments.Pairs("tags").Count == 0)
                {
                    throw new ArgumentException("Give at least one tag to create; CreateTags with no tags does nothing.", "tags");
                }
            });

    /// <summary><c>DeleteTags</c> by key on the selected items, for any EC2 collection.</summary>
    public static PagedBatchAction<TResource, TItem> DeleteTags<TResource, TItem>(string command, string noun, Func<TItem, string> id)
        where TResource : AwsResource<TItem>, IEc2Collection
        where TItem : class =>
        Paged<TResource, TItem>(
            "DeleteTags",
            command,
            $"Remove tags by key from the selected {noun} (DeleteTags).",
            id,
            (ec2, ids, arguments, dryRun, ct) =>
                ec2.DeleteTagsAsync(new DeleteTagsRequest { Resources = ids, Tags = arguments.Values("keys").Select(k => new Tag { Key = k }).ToList(), DryRun = dryRun }, ct),
            [KeysParameter],
            arguments =>
            {
                if (arguments.Values("keys").Count == 0)
                {
                    throw new ArgumentException($"Give at least one tag key: DeleteTags with no tags deletes every tag of the {noun}.", "keys");
                }
            });

    /// <summary>Runs a <see cref="CreateTags{TResource, TItem}"/> action with its tags, for the collections' <c>CreateTagsAsync</c>.</summary>
    public static Task<BatchResult> RunCreateTags<TItem>(BatchAction<TItem> action, IQueryable<TItem> query, IReadOnlyDictionary<string, string> tags, BatchOptions? options, CancellationToken cancellationToken, string queryName)
        where TItem : class
    {
        ArgumentNullException.ThrowIfNull(tags);
        return action.RunAsync(query, BatchArguments.None.With(TagsParameter.Name, tags), options, cancellationToken, queryName);
    }

    /// <summary>Runs a <see cref="DeleteTags{TResource, TItem}"/> action with its keys, for the collections' <c>DeleteTagsAsync</c>.</summary>
    public static Task<BatchResult> RunDeleteTags<TItem>(BatchAction<TItem> action, IQueryable<TItem> query, IEnumerable<string> keys, BatchOptions? options, CancellationToken cancellationToken, string queryName)
        where TItem : class
    {
        ArgumentNullException.ThrowIfNull(keys);
        return action.RunAsync(query, BatchArguments.None.With(KeysParameter.Name, keys), options, cancellationToken, queryName);
    }

    // EC2's dry run answers with DryRunOperation when the real call would have succeeded.
    private static async Task SendAsync(Func<Task> call, bool dryRun)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (AmazonEC2Exception e) when (dryRun && e.ErrorCode == "DryRunOperation")
        {
        }
    }
}
