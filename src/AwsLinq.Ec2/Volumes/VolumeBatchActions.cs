using Amazon.EC2.Model;
using AwsLinq.Ec2.Batch;
using AwsLinq.Ec2.Volumes;

namespace AwsLinq;

/// <summary>
/// Batch actions on the volumes an EC2 query selects. <c>DeleteVolume</c> takes one volume per call: calls run a few at
/// once, a volume EC2 refuses (<c>VolumeInUse</c>) is recorded and the action goes on. Tags are set and removed with one
/// call per page of at most 1000 ids. With <see cref="BatchOptions.DryRun"/> every call is sent with EC2's own
/// <c>DryRun</c> flag, which checks each volume and changes nothing.
/// </summary>
public static class VolumeBatchActions
{
    /// <summary>Gets the declaration of <see cref="DeleteAllAsync"/>. A volume already gone counts as deleted.</summary>
    public static BatchAction<Volume> Delete { get; } = Ec2Actions.PerItem<Ec2VolumeResource, Volume>(
        "DeleteVolume", "delete-volumes", "Delete the selected volumes (DeleteVolume); attached ones are refused.", "volume", Ec2VolumeResource.VolumeId,
        (ec2, id, dryRun, ct) => ec2.DeleteVolumeAsync(new DeleteVolumeRequest { VolumeId = id, DryRun = dryRun }, ct),
        "InvalidVolume.NotFound");

    /// <summary>Gets the declaration of <see cref="CreateTagsAsync"/>; its <c>tags</c> are key=value pairs.</summary>
    public static BatchAction<Volume> CreateTags { get; } = Ec2Actions.CreateTags<Ec2VolumeResource, Volume>("tag-volumes", "volumes", Ec2VolumeResource.VolumeId);

    /// <summary>Gets the declaration of <see cref="DeleteTagsAsync"/>; its <c>keys</c> are tag keys.</summary>
    public static BatchAction<Volume> DeleteTags { get; } = Ec2Actions.DeleteTags<Ec2VolumeResource, Volume>("untag-volumes", "volumes", Ec2VolumeResource.VolumeId);

    /// <summary>Deletes the selected volumes with one <c>DeleteVolume</c> per volume. Select unattached ones with <c>v.State == VolumeState.Available</c>.</summary>
    /// <param name="volumes">An AwsLinq volume query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run of every call.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every volume deleted (or that would be) and every failure, such as <c>VolumeInUse</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="volumes"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="volumes"/> is not an AwsLinq volume query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which volumes were already deleted.</exception>
    [BatchAction(nameof(Delete))]
    public static Task<BatchResult> DeleteAllAsync(this IQueryable<Volume> volumes, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Delete.RunAsync(volumes, null, options, cancellationToken);

    /// <summary>Adds or overwrites tags on the selected volumes with <c>CreateTags</c>, one call per 1000 volumes.</summary>
    /// <param name="volumes">An AwsLinq volume query.</param>
    /// <param name="tags">The tags to set, by key.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every volume tagged and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tags"/> is empty, or <paramref name="volumes"/> is not an AwsLinq volume query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which volumes were already tagged.</exception>
    [BatchAction(nameof(CreateTags))]
    public static Task<BatchResult> CreateTagsAsync(this IQueryable<Volume> volumes, IReadOnlyDictionary<string, string> tags, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunCreateTags(CreateTags, volumes, tags, options, cancellationToken, nameof(volumes));

    /// <summary>Removes the tags with the given keys, whatever their values, from the selected volumes with <c>DeleteTags</c>.</summary>
    /// <param name="volumes">An AwsLinq volume query.</param>
    /// <param name="keys">The tag keys to remove.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every volume untagged and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="keys"/> is empty (EC2 would then delete every tag), or <paramref name="volumes"/> is not an AwsLinq volume query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which volumes were already untagged.</exception>
    [BatchAction(nameof(DeleteTags))]
    public static Task<BatchResult> DeleteTagsAsync(this IQueryable<Volume> volumes, IEnumerable<string> keys, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunDeleteTags(DeleteTags, volumes, keys, options, cancellationToken, nameof(volumes));
}
