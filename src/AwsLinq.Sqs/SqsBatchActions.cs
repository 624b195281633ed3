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
    /// <summary>Deletes the selected queues with <c>DeleteQueue</c>, with their messages.</summary>
    /// <param name="queues">An AwsLinq queue query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> to list what would be deleted.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every queue deleted (or that would be) and every failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="queues"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="queues"/> is not an AwsLinq queue query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which queues were already deleted.</exception>
    [BatchAction("DeleteQueue per queue, bounded concurrency")]
    public static Task<BatchResult> DeleteAllAsync(this IQueryable<SqsQueue> queues, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        var resource = AwsResource<SqsQueue>.Of<SqsQueueResource>(queues);
        return BatchRunner.RunPerItemAsync(
            queues, "DeleteQueue", resource.MaxConcurrency, q => q.Url,
            (q, ct) => resource.Client.DeleteQueueAsync(new DeleteQueueRequest { QueueUrl = q.Url }, ct), options, cancellationToken);
    }

    /// <summary>Deletes every message of the selected queues with <c>PurgeQueue</c>; the queues stay.</summary>
    /// <param name="queues">An AwsLinq queue query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> to list what would be purged.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every queue purged (or that would be) and every failure, such as <c>PurgeQueueInProgress</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="queues"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="queues"/> is not an AwsLinq queue query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which queues were already purged.</exception>
    [BatchAction("PurgeQueue per queue, bounded concurrency")]
    public static Task<BatchResult> PurgeAllAsync(this IQueryable<SqsQueue> queues, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        var resource = AwsResource<SqsQueue>.Of<SqsQueueResource>(queues);
        return BatchRunner.RunPerItemAsync(
            queues, "PurgeQueue", resource.MaxConcurrency, q => q.Url,
            (q, ct) => resource.Client.PurgeQueueAsync(new PurgeQueueRequest { QueueUrl = q.Url }, ct), options, cancellationToken);
    }
}
