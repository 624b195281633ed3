using Amazon.S3.Model;
using AwsLinq.S3.Batch;
using AwsLinq.S3.Objects;

namespace AwsLinq;

/// <summary>Batch actions on the objects an S3 query selects.</summary>
public static class S3BatchActions
{
    /// <summary>
    /// Gets the declaration of <see cref="DeleteAllAsync"/>: <c>DeleteObjects</c> per page of at most 1000 keys. A key
    /// that cannot be written into DeleteObjects' XML body (a control character) is deleted with a <c>DeleteObject</c>
    /// call of its own.
    /// </summary>
    public static BatchAction<S3Object> Delete { get; } = ObjectDeleter.Action<S3ObjectResource, S3Object>(
        "delete", "Delete the selected objects.", "keys", "not Quiet: S3 confirms each key", ObjectTarget.Latest, o => o.BucketName);

    /// <summary>
    /// Deletes every object the query selects (its <c>Where</c>, <c>Take</c>, <c>Skip</c> and in-memory predicates
    /// all apply), with one <c>DeleteObjects</c> call per page of at most 1000 keys, sent as the listing proceeds. A
    /// key counts as deleted only when S3's answer says so; a key S3 refuses, or that its answer does not mention,
    /// is recorded as failed and the action goes on. This erases data: try it with
    /// <see cref="BatchOptions.DryRun"/> first, which lists what would go and sends nothing.
    /// </summary>
    /// <param name="objects">An AwsLinq object query, such as <c>s3.Objects("logs").Where(...)</c>.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> to list what would be deleted.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every key deleted (or that would be) and every key S3 refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objects"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="objects"/> is not an AwsLinq object query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which keys were already deleted.</exception>
    /// <exception cref="BatchActionException">An error other than a refusal stopped the action after it had made calls.</exception>
    [BatchAction(nameof(Delete))]
    public static Task<BatchResult> DeleteAllAsync(this IQueryable<S3Object> objects, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Delete.RunAsync(objects, null, options, cancellationToken);
}
