using Amazon.S3.Model;
using AwsLinq.S3.Batch;
using AwsLinq.S3.Versions;

namespace AwsLinq;

/// <summary>Batch actions on the object versions and delete markers an S3 query selects.</summary>
public static class ObjectVersionBatchActions
{
    /// <summary>
    /// Gets the declaration of <see cref="DeleteAllAsync"/>: <c>DeleteObjects</c> per page of at most 1000 versions,
    /// each sent with its <c>VersionId</c>. Items are reported as <c>key?versionId=id</c>.
    /// </summary>
    public static BatchAction<S3ObjectVersion> Delete { get; } = ObjectDeleter.Action<S3VersionResource, S3ObjectVersion>(
        "delete-versions",
        "Delete the selected object versions and delete markers for good (DeleteObjects with VersionId).",
        "versions",
        "each with its VersionId, not Quiet: S3 confirms each version",
        ObjectTarget.Version, v => v.BucketName);

    /// <summary>
    /// Deletes for good every object version and delete marker the query selects, with one <c>DeleteObjects</c> call
    /// per page of at most 1000, each entry naming its <c>VersionId</c>, sent as the listing proceeds: the way to empty
    /// a versioned bucket, or to drop the noncurrent versions under a prefix. Deleting a key's newest version makes
    /// the next newest current; deleting its newest delete marker brings the key back. A version counts as deleted
    /// only when S3's answer says so; one S3 refuses, or that its answer does not mention, is recorded as failed and
    /// the action goes on. A key that cannot be written into DeleteObjects' XML body (a control character) is deleted
    /// with a <c>DeleteObject</c> call of its own. This erases data that no undo brings back: try it with
    /// <see cref="BatchOptions.DryRun"/> first, which lists what would go and sends nothing.
    /// </summary>
    /// <param name="versions">An AwsLinq version query, such as <c>s3.ObjectVersions("logs").Where(v =&gt; v.IsLatest != true)</c>.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> to list what would be deleted.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every version deleted (or that would be), as <c>key?versionId=id</c>, and every version S3 refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="versions"/> is not an AwsLinq version query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which versions were already deleted.</exception>
    /// <exception cref="BatchActionException">An error other than a refusal stopped the action after it had made calls.</exception>
    [BatchAction(nameof(Delete))]
    public static Task<BatchResult> DeleteAllAsync(this IQueryable<S3ObjectVersion> versions, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Delete.RunAsync(versions, null, options, cancellationToken);
}
