using Amazon.SQS.Model;
using AwsLinq.Sqs.Queues;

namespace AwsLinq;

/// <summary>
/// Batch actions on the queues an SQS query selects: one call per queue, at most
/// <see cref="SqsQueryOptions.MaxConcurrency"/> at once. A queue SQS refuses is recorded with its error code
/// and the action goes on. A dry run lists what would be acted on and sends nothing.
/// </summary>
public static class SqsBatchActions
{
    // When the SDK retries a call whose answer was lost, the queue it deleted is gone by the retry: deleted.
    private static readonly HashSet<string> QueueGone = new(StringComparer.Ordinal) { "QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue" };

    /// <summary>Gets the declaration of <see cref="DeleteAllAsync"/>. A queue that no longer exists counts as deleted.</summary>
    public static BatchAction<SqsQueue> Delete { get; } = new ItemBatchAction<SqsQueueListing, SqsQueue>
    {
        Operation = "DeleteQueue",
        Command = "delete",
        Summary = "Delete the selected queues, with their messages (DeleteQueue).",
        Id = q => q.Url,
        ItemNoun = "queue",
        MaxConcurrency = resource => resource.MaxConcurrency,
        AlreadyDone = QueueGone,
        Call = (resource, queue, _, _, cancellationToken) => resource.Client.DeleteQueueAsync(new DeleteQueueRequest { QueueUrl = queue.Url }, cancellationToken),
    };

    /// <summary>Gets the declaration of <see cref="PurgeAllAsync"/>.</summary>
    public static BatchAction<SqsQueue> Purge { get; } = new ItemBatchAction<SqsQueueListing, SqsQueue>
    {
        Operation = "PurgeQueue",
        Command = "purge",
        Summary = "Delete every message of the selected queues; the queues stay (PurgeQueue).",
        Id = q => q.Url,
        ItemNoun = "queue",
        MaxConcurrency = resource => resource.MaxConcurrency,
        Call = (resource, queue, _, _, cancellationToken) => resource.Client.PurgeQueueAsync(new PurgeQueueRequest { QueueUrl = queue.Url }, cancellationToken),
    };

    /// <summary>Deletes the selected queues with <c>DeleteQueue</c>, with their messages. A queue already gone counts as deleted.</summary>
    /// <param name="queues">An AwsLinq queue query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> to list what would be deleted.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every queue deleted (or that would be) and every failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="queues"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="queues"/> is not an AwsLinq queue query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which queues were already deleted.</exception>
    [BatchAction(nameof(Delete))]
    public static Task<BatchResult> DeleteAllAsync(this IQueryable<SqsQueue> queues, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Delete.RunAsync(queues, null, options, cancellationToken);

    /// <summary>Deletes every message of the selected queues with <c>PurgeQueue</c>; the queues stay.</summary>
    /// <param name="queues">An AwsLinq queue query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> to list what would be purged.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every queue purged (or that would be) and every failure, such as <c>PurgeQueueInProgress</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="queues"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="queues"/> is not an AwsLinq queue query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which queues were already purged.</exception>
    [BatchAction(nameof(Purge))]
    public static Task<BatchResult> PurgeAllAsync(this IQueryable<SqsQueue> queues, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Purge.RunAsync(queues, null, options, cancellationToken);
}
