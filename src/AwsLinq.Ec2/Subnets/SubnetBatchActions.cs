using Amazon.EC2.Model;
using AwsLinq.Ec2.Batch;
using AwsLinq.Ec2.Subnets;

namespace AwsLinq;

/// <summary>
/// Batch actions on the subnets an EC2 query selects: tags set and removed per page of at most 1000 ids. With
/// <see cref="BatchOptions.DryRun"/> every call is sent with EC2's own <c>DryRun</c> flag.
/// </summary>
public static class SubnetBatchActions
{
    /// <summary>Gets the declaration of <see cref="CreateTagsAsync"/>; its <c>tags</c> are key=value pairs.</summary>
    public static BatchAction<Subnet> CreateTags { get; } = Ec2Actions.CreateTags<Ec2SubnetResource, Subnet>("tag-subnets", "subnets", Ec2SubnetResource.SubnetId);

    /// <summary>Gets the declaration of <see cref="DeleteTagsAsync"/>; its <c>keys</c> are tag keys.</summary>
    public static BatchAction<Subnet> DeleteTags { get; } = Ec2Actions.DeleteTags<Ec2SubnetResource, Subnet>("untag-subnets", "subnets", Ec2SubnetResource.SubnetId);

    /// <summary>Adds or overwrites tags on the selected subnets with <c>CreateTags</c>, one call per 1000 subnets.</summary>
    /// <param name="subnets">An AwsLinq subnet query.</param>
    /// <param name="tags">The tags to set, by key.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every subnet tagged and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tags"/> is empty, or <paramref name="subnets"/> is not an AwsLinq subnet query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which subnets were already tagged.</exception>
    [BatchAction(nameof(CreateTags))]
    public static Task<BatchResult> CreateTagsAsync(this IQueryable<Subnet> subnets, IReadOnlyDictionary<string, string> tags, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunCreateTags(CreateTags, subnets, tags, options, cancellationToken, nameof(subnets));

    /// <summary>Removes the tags with the given keys, whatever their values, from the selected subnets with <c>DeleteTags</c>.</summary>
    /// <param name="subnets">An AwsLinq subnet query.</param>
    /// <param name="keys">The tag keys to remove.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every subnet untagged and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="keys"/> is empty (EC2 would then delete every tag), or <paramref name="subnets"/> is not an AwsLinq subnet query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which subnets were already untagged.</exception>
    [BatchAction(nameof(DeleteTags))]
    public static Task<BatchResult> DeleteTagsAsync(this IQueryable<Subnet> subnets, IEnumerable<string> keys, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunDeleteTags(DeleteTags, subnets, keys, options, cancellationToken, nameof(subnets));
}
