using Amazon.EC2.Model;
using AwsLinq.Ec2.Batch;
using AwsLinq.Ec2.Snapshots;

namespace AwsLinq;

/// <summary>
/// Batch actions on the snapshots an EC2 query selects: <c>DeleteSnapshot</c> per snapshot, a few at once (one an image
/// still uses is refused with <c>InvalidSnapshot.InUse</c> and the action goes on), and tags per page of at most 1000
/// ids. With <see cref="BatchOptions.DryRun"/> every call is sent with EC2's own <c>DryRun</c> flag.
/// </summary>
public static class SnapshotBatchActions
{
    /// <summary>Gets the declaration of <see cref="DeleteAllAsync"/>. A snapshot already gone counts as deleted.</summary>
    public static BatchAction<Snapshot> Delete { get; } = Ec2Actions.PerItem<Ec2SnapshotResource, Snapshot>(
        "DeleteSnapshot", "delete-snapshots", "Delete the selected snapshots (DeleteSnapshot); those an image uses are refused.", "snapshot", Ec2SnapshotResource.SnapshotId,
        (ec2, id, dryRun, ct) => ec2.DeleteSnapshotAsync(new DeleteSnapshotRequest { SnapshotId = id, DryRun = dryRun }, ct),
        "InvalidSnapshot.NotFound");

    /// <summary>Gets the declaration of <see cref="CreateTagsAsync"/>; its <c>tags</c> are key=value pairs.</summary>
    public static BatchAction<Snapshot> CreateTags { get; } = Ec2Actions.CreateTags<Ec2SnapshotResource, Snapshot>("tag-snapshots", "snapshots", Ec2SnapshotResource.SnapshotId);

    /// <summary>Gets the declaration of <see cref="DeleteTagsAsync"/>; its <c>keys</c> are tag keys.</summary>
    public static BatchAction<Snapshot> DeleteTags { get; } = Ec2Actions.DeleteTags<Ec2SnapshotResource, Snapshot>("untag-snapshots", "snapshots", Ec2SnapshotResource.SnapshotId);

    /// <summary>Deletes the selected snapshots with one <c>DeleteSnapshot</c> per snapshot.</summary>
    /// <param name="snapshots">An AwsLinq snapshot query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run of every call.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every snapshot deleted (or that would be) and every failure, such as <c>InvalidSnapshot.InUse</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="snapshots"/> is not an AwsLinq snapshot query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which snapshots were already deleted.</exception>
    [BatchAction(nameof(Delete))]
    public static Task<BatchResult> DeleteAllAsync(this IQueryable<Snapshot> snapshots, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Delete.RunAsync(snapshots, null, options, cancellationToken);

    /// <summary>Adds or overwrites tags on the selected snapshots with <c>CreateTags</c>, one call per 1000 snapshots.</summary>
    /// <param name="snapshots">An AwsLinq snapshot query.</param>
    /// <param name="tags">The tags to set, by key.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every snapshot tagged and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tags"/> is empty, or <paramref name="snapshots"/> is not an AwsLinq snapshot query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which snapshots were already tagged.</exception>
    [BatchAction(nameof(CreateTags))]
    public static Task<BatchResult> CreateTagsAsync(this IQueryable<Snapshot> snapshots, IReadOnlyDictionary<string, string> tags, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunCreateTags(CreateTags, snapshots, tags, options, cancellationToken, nameof(snapshots));

    /// <summary>Removes the tags with the given keys, whatever their values, from the selected snapshots with <c>DeleteTags</c>.</summary>
    /// <param name="snapshots">An AwsLinq snapshot query.</param>
    /// <param name="keys">The tag keys to remove.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every snapshot untagged and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="keys"/> is empty (EC2 would then delete every tag), or <paramref name="snapshots"/> is not an AwsLinq snapshot query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which snapshots were already untagged.</exception>
    [BatchAction(nameof(DeleteTags))]
    public static Task<BatchResult> DeleteTagsAsync(this IQueryable<Snapshot> snapshots, IEnumerable<string> keys, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunDeleteTags(DeleteTags, snapshots, keys, options, cancellationToken, nameof(snapshots));
}
