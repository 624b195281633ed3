using System.Reflection;

namespace AwsLinq.Providers;

/// <summary>
/// A call made per listed item to fill members the listing does not return (for example SQS queue attributes),
/// declared by the members it fills. AwsLinq makes it only when the query reads one of them, asks only for
/// those, runs it after the in-memory predicates that read none of them, with bounded concurrency, and keeps
/// the listing's order.
/// </summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public sealed class ItemFollowUp<TItem>
    where TItem : class
{
    private readonly HashSet<MemberInfo> _fills;
    private readonly Func<IReadOnlySet<MemberInfo>, FollowUpCall<TItem>> _create;
    private readonly Func<int> _maxConcurrency;

    /// <summary>Declares a follow-up.</summary>
    /// <param name="fills">The members of <typeparamref name="TItem"/> the call fills.</param>
    /// <param name="create">The call for the members a query reads (never empty): it asks the service for those only.</param>
    /// <param name="maxConcurrency">How many calls may run at once, read when a query runs.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="fills"/> is empty.</exception>
    public ItemFollowUp(IEnumerable<MemberInfo> fills, Func<IReadOnlySet<MemberInfo>, FollowUpCall<TItem>> create, Func<int> maxConcurrency)
    {
        ArgumentNullException.ThrowIfNull(fills);
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(maxConcurrency);
        _fills = [.. fills];
        if (_fills.Count == 0)
        {
            throw new ArgumentException("A follow-up fills at least one member.", nameof(fills));
        }

        _create = create;
        _maxConcurrency = maxConcurrency;
    }

    /// <summary>Gets the members the call fills.</summary>
    public IReadOnlySet<MemberInfo> Fills => _fills;

    internal PlannedFollowUp<TItem>? For(IReadOnlySet<MemberInfo> membersRead)
    {
        var read = _fills.Where(membersRead.Contains).ToHashSet();
        if (read.Count == 0)
        {
            return null;
        }

        var maxConcurrency = _maxConcurrency();
        var call = _create(read);
        return new PlannedFollowUp<TItem>(call, maxConcurrency, _fills);
    }
}

/// <summary>One follow-up call, for the members a query reads.</summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
/// <param name="Description">The call as plans show it, for example <c>GetQueueAttributes (QueueArn) per queue</c>.</param>
/// <param name="CompleteAsync">
/// Returns the item with the members filled, or <see langword="null"/> to drop it (it no longer exists); other
/// errors propagate.
/// </param>
public sealed record FollowUpCall<TItem>(string Description, Func<TItem, CancellationToken, Task<TItem?>> CompleteAsync)
    where TItem : class;

/// <summary>A follow-up a query makes.</summary>
internal sealed record PlannedFollowUp<TItem>(FollowUpCall<TItem> Call, int MaxConcurrency, IReadOnlySet<MemberInfo> Fills)
    where TItem : class
{
    public string Describe() => $"{Call.Description}, at most {MaxConcurrency} at once";
}
