namespace AwsLinq;

/// <summary>
/// A call made for each listed item that reaches it, to read what the listing does not return (for example
/// SQS queue attributes). AwsLinq runs it after the in-memory predicates that do not need it, with bounded
/// concurrency, and keeps the listing's order.
/// </summary>
/// <typeparam name="TItem">The listing's item type.</typeparam>
public sealed class ItemFollowUp<TItem>
    where TItem : class
{
    /// <summary>Initializes a follow-up.</summary>
    /// <param name="completeAsync">
    /// Returns the item completed, or <see langword="null"/> to drop it (it no longer exists); errors propagate.
    /// </param>
    /// <param name="maxConcurrency">How many calls may run at once.</param>
    /// <param name="description">The calls, as shown in plans, for example <c>GetQueueAttributes (QueueArn)</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxConcurrency"/> is less than 1.</exception>
    public ItemFollowUp(Func<TItem, CancellationToken, Task<TItem?>> completeAsync, int maxConcurrency, string description)
    {
        ArgumentNullException.ThrowIfNull(completeAsync);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        ArgumentException.ThrowIfNullOrEmpty(description);
        CompleteAsync = completeAsync;
        MaxConcurrency = maxConcurrency;
        Description = description;
    }

    /// <summary>Gets the call that completes an item.</summary>
    public Func<TItem, CancellationToken, Task<TItem?>> CompleteAsync { get; }

    /// <summary>Gets how many calls may run at once.</summary>
    public int MaxConcurrency { get; }

    /// <summary>Gets the calls, as shown in plans.</summary>
    public string Description { get; }
}
