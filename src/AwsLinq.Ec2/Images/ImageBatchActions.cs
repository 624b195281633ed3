using Amazon.EC2.Model;
using AwsLinq.Ec2.Batch;
using AwsLinq.Ec2.Images;

namespace AwsLinq;

/// <summary>
/// Batch actions on the images an EC2 query selects: <c>DeregisterImage</c> per image, a few at once, and tags per
/// page of at most 1000 ids. With <see cref="BatchOptions.DryRun"/> every call is sent with EC2's own <c>DryRun</c> flag.
/// </summary>
public static class ImageBatchActions
{
    /// <summary>Gets the declaration of <see cref="DeregisterAllAsync"/>. An image already gone counts as deregistered.</summary>
    public static BatchAction<Image> Deregister { get; } = Ec2Actions.PerItem<Ec2ImageResource, Image>(
        "DeregisterImage", "deregister-images", "Deregister the selected images (DeregisterImage); their snapshots stay.", "image", Ec2ImageResource.ImageId,
        (ec2, id, dryRun, ct) => ec2.DeregisterImageAsync(new DeregisterImageRequest { ImageId = id, DryRun = dryRun }, ct),
        "InvalidAMIID.NotFound");

    /// <summary>Gets the declaration of <see cref="CreateTagsAsync"/>; its <c>tags</c> are key=value pairs.</summary>
    public static BatchAction<Image> CreateTags { get; } = Ec2Actions.CreateTags<Ec2ImageResource, Image>("tag-images", "images", Ec2ImageResource.ImageId);

    /// <summary>Gets the declaration of <see cref="DeleteTagsAsync"/>; its <c>keys</c> are tag keys.</summary>
    public static BatchAction<Image> DeleteTags { get; } = Ec2Actions.DeleteTags<Ec2ImageResource, Image>("untag-images", "images", Ec2ImageResource.ImageId);

    /// <summary>
    /// Deregisters the selected images with one <c>DeregisterImage</c> per image. Their snapshots stay, and cost what
    /// they cost: delete them afterwards with <see cref="SnapshotBatchActions.DeleteAllAsync"/>.
    /// </summary>
    /// <param name="images">An AwsLinq image query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run of every call.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every image deregistered (or that would be) and every failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="images"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="images"/> is not an AwsLinq image query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which images were already deregistered.</exception>
    [BatchAction(nameof(Deregister))]
    public static Task<BatchResult> DeregisterAllAsync(this IQueryable<Image> images, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Deregister.RunAsync(images, null, options, cancellationToken);

    /// <summary>Adds or overwrites tags on the selected images with <c>CreateTags</c>, one call per 1000 images.</summary>
    /// <param name="images">An AwsLinq image query.</param>
    /// <param name="tags">The tags to set, by key.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every image tagged and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tags"/> is empty, or <paramref name="images"/> is not an AwsLinq image query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which images were already tagged.</exception>
    [BatchAction(nameof(CreateTags))]
    public static Task<BatchResult> CreateTagsAsync(this IQueryable<Image> images, IReadOnlyDictionary<string, string> tags, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunCreateTags(CreateTags, images, tags, options, cancellationToken, nameof(images));

    /// <summary>Removes the tags with the given keys, whatever their values, from the selected images with <c>DeleteTags</c>.</summary>
    /// <param name="images">An AwsLinq image query.</param>
    /// <param name="keys">The tag keys to remove.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every image untagged and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="keys"/> is empty (EC2 would then delete every tag), or <paramref name="images"/> is not an AwsLinq image query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which images were already untagged.</exception>
    [BatchAction(nameof(DeleteTags))]
    public static Task<BatchResult> DeleteTagsAsync(this IQueryable<Image> images, IEnumerable<string> keys, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunDeleteTags(DeleteTags, images, keys, options, cancellationToken, nameof(images));
}
