using Amazon.EC2.Model;
using AwsLinq.Ec2.Batch;
using AwsLinq.Ec2.Vpcs;

namespace AwsLinq;

/// <summary>
/// Batch actions on the VPCs an EC2 query selects: tags set and removed per page of at most 1000 ids. With
/// <see cref="BatchOptions.DryRun"/> every call is sent with EC2's own <c>DryRun</c> flag.
/// </summary>
public static class VpcBatchActions
{
    /// <summary>Gets the declaration of <see cref="CreateTagsAsync"/>; its <c>tags</c> are key=value pairs.</summary>
    public static BatchAction<Vpc> CreateTags { get; } = Ec2Actions.CreateTags<Ec2VpcResource, Vpc>("tag-vpcs", "VPCs", Ec2VpcResource.VpcId);

    /// <summary>Gets the declaration of <see cref="DeleteTagsAsync"/>; its <c>keys</c> are tag keys.</summary>
    public static BatchAction<Vpc> DeleteTags { get; } = Ec2Actions.DeleteTags<Ec2VpcResource, Vpc>("untag-vpcs", "VPCs", Ec2VpcResource.VpcId);

    /// <summary>Adds or overwrites tags on the selected VPCs with <c>CreateTags</c>, one call per 1000 VPCs.</summary>
    /// <param name="vpcs">An AwsLinq VPC query.</param>
    /// <param name="tags">The tags to set, by key.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every VPC tagged and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tags"/> is empty, or <paramref name="vpcs"/> is not an AwsLinq VPC query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which VPCs were already tagged.</exception>
    [BatchAction(nameof(CreateTags))]
    public static Task<BatchResult> CreateTagsAsync(this IQueryable<Vpc> vpcs, IReadOnlyDictionary<string, string> tags, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunCreateTags(CreateTags, vpcs, tags, options, cancellationToken, nameof(vpcs));

    /// <summary>Removes the tags with the given keys, whatever their values, from the selected VPCs with <c>DeleteTags</c>.</summary>
    /// <param name="vpcs">An AwsLinq VPC query.</param>
    /// <param name="keys">The tag keys to remove.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every VPC untagged and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="keys"/> is empty (EC2 would then delete every tag), or <paramref name="vpcs"/> is not an AwsLinq VPC query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which VPCs were already untagged.</exception>
    [BatchAction(nameof(DeleteTags))]
    public static Task<BatchResult> DeleteTagsAsync(this IQueryable<Vpc> vpcs, IEnumerable<string> keys, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunDeleteTags(DeleteTags, vpcs, keys, options, cancellationToken, nameof(vpcs));
}
