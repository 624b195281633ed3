using Amazon.EC2.Model;
using AwsLinq.Ec2.Batch;
using AwsLinq.Ec2.SecurityGroups;

namespace AwsLinq;

/// <summary>
/// Batch actions on the security groups an EC2 query selects: <c>DeleteSecurityGroup</c> per group, a few at once (a
/// default group, or one another group's rule or an instance still uses, is refused and the action goes on), and tags
/// per page of at most 1000 ids. With <see cref="BatchOptions.DryRun"/> every call is sent with EC2's own <c>DryRun</c> flag.
/// </summary>
public static class SecurityGroupBatchActions
{
    /// <summary>Gets the declaration of <see cref="DeleteAllAsync"/>. A group already gone counts as deleted.</summary>
    public static BatchAction<SecurityGroup> Delete { get; } = Ec2Actions.PerItem<Ec2SecurityGroupResource, SecurityGroup>(
        "DeleteSecurityGroup", "delete-security-groups", "Delete the selected security groups (DeleteSecurityGroup); those in use are refused.", "group", Ec2SecurityGroupResource.GroupId,
        (ec2, id, dryRun, ct) => ec2.DeleteSecurityGroupAsync(new DeleteSecurityGroupRequest { GroupId = id, DryRun = dryRun }, ct),
        "InvalidGroup.NotFound");

    /// <summary>Gets the declaration of <see cref="CreateTagsAsync"/>; its <c>tags</c> are key=value pairs.</summary>
    public static BatchAction<SecurityGroup> CreateTags { get; } = Ec2Actions.CreateTags<Ec2SecurityGroupResource, SecurityGroup>("tag-security-groups", "security groups", Ec2SecurityGroupResource.GroupId);

    /// <summary>Gets the declaration of <see cref="DeleteTagsAsync"/>; its <c>keys</c> are tag keys.</summary>
    public static BatchAction<SecurityGroup> DeleteTags { get; } = Ec2Actions.DeleteTags<Ec2SecurityGroupResource, SecurityGroup>("untag-security-groups", "security groups", Ec2SecurityGroupResource.GroupId);

    /// <summary>Deletes the selected security groups with one <c>DeleteSecurityGroup</c> (by <c>GroupId</c>) per group.</summary>
    /// <param name="groups">An AwsLinq security group query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run of every call.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every group deleted (or that would be) and every failure, such as <c>DependencyViolation</c> or <c>CannotDelete</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="groups"/> is not an AwsLinq security group query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which groups were already deleted.</exception>
    [BatchAction(nameof(Delete))]
    public static Task<BatchResult> DeleteAllAsync(this IQueryable<SecurityGroup> groups, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Delete.RunAsync(groups, null, options, cancellationToken);

    /// <summary>Adds or overwrites tags on the selected security groups with <c>CreateTags</c>, one call per 1000 groups.</summary>
    /// <param name="groups">An AwsLinq security group query.</param>
    /// <param name="tags">The tags to set, by key.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every group tagged and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tags"/> is empty, or <paramref name="groups"/> is not an AwsLinq security group query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which groups were already tagged.</exception>
    [BatchAction(nameof(CreateTags))]
    public static Task<BatchResult> CreateTagsAsync(this IQueryable<SecurityGroup> groups, IReadOnlyDictionary<string, string> tags, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunCreateTags(CreateTags, groups, tags, options, cancellationToken, nameof(groups));

    /// <summary>Removes the tags with the given keys, whatever their values, from the selected security groups with <c>DeleteTags</c>.</summary>
    /// <param name="groups">An AwsLinq security group query.</param>
    /// <param name="keys">The tag keys to remove.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every group untagged and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="keys"/> is empty (EC2 would then delete every tag), or <paramref name="groups"/> is not an AwsLinq security group query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which groups were already untagged.</exception>
    [BatchAction(nameof(DeleteTags))]
    public static Task<BatchResult> DeleteTagsAsync(this IQueryable<SecurityGroup> groups, IEnumerable<string> keys, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunDeleteTags(DeleteTags, groups, keys, options, cancellationToken, nameof(groups));
}
