using Amazon.EC2.Model;
using AwsLinq.Ec2.Batch;

namespace AwsLinq;

/// <summary>
/// Batch actions on the instances an EC2 query selects: one call per page of at most 1000 ids, sent as the
/// listing proceeds. EC2 applies a call to all of its ids or to none: a refused call is recorded for every id
/// of its page with EC2's error code, and the action goes on. With <see cref="BatchOptions.DryRun"/> each call is
/// sent with EC2's own <c>DryRun</c> flag, which checks permissions and changes nothing.
/// </summary>
public static class Ec2BatchActions
{
    /// <summary>Starts the selected instances with <c>StartInstances</c>.</summary>
    /// <param name="instances">An AwsLinq instance query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every instance acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instances"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="instances"/> is not an AwsLinq instance query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which instances were already acted on.</exception>
    [BatchAction("StartInstances per page of at most 1000 ids")]
    public static Task<BatchResult> StartAllAsync(this IQueryable<Instance> instances, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        InstanceAction.RunAsync(instances, "StartInstances", (ec2, ids, dryRun, ct) => ec2.StartInstancesAsync(new StartInstancesRequest { InstanceIds = ids, DryRun = dryRun }, ct), options, cancellationToken);

    /// <summary>Stops the selected instances with <c>StopInstances</c>.</summary>
    /// <param name="instances">An AwsLinq instance query.</param>
    /// <param name="force">Sent as <c>Force</c>: stop without letting the instance flush caches.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every instance acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instances"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="instances"/> is not an AwsLinq instance query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which instances were already acted on.</exception>
    [BatchAction("StopInstances per page of at most 1000 ids")]
    public static Task<BatchResult> StopAllAsync(this IQueryable<Instance> instances, bool force = false, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        InstanceAction.RunAsync(instances, "StopInstances", (ec2, ids, dryRun, ct) => ec2.StopInstancesAsync(new StopInstancesRequest { InstanceIds = ids, Force = force ? true : null, DryRun = dryRun }, ct), options, cancellationToken);

    /// <summary>Reboots the selected instances with <c>RebootInstances</c>.</summary>
    /// <param name="instances">An AwsLinq instance query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every instance acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instances"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="instances"/> is not an AwsLinq instance query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which instances were already acted on.</exception>
    [BatchAction("RebootInstances per page of at most 1000 ids")]
    public static Task<BatchResult> RebootAllAsync(this IQueryable<Instance> instances, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        InstanceAction.RunAsync(instances, "RebootInstances", (ec2, ids, dryRun, ct) => ec2.RebootInstancesAsync(new RebootInstancesRequest { InstanceIds = ids, DryRun = dryRun }, ct), options, cancellationToken);

    /// <summary>Terminates the selected instances with <c>TerminateInstances</c>. Terminated instances cannot be started again.</summary>
    /// <param name="instances">An AwsLinq instance query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every instance acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instances"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="instances"/> is not an AwsLinq instance query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which instances were already acted on.</exception>
    [BatchAction("TerminateInstances per page of at most 1000 ids")]
    public static Task<BatchResult> TerminateAllAsync(this IQueryable<Instance> instances, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        InstanceAction.RunAsync(instances, "TerminateInstances", (ec2, ids, dryRun, ct) => ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = ids, DryRun = dryRun }, ct), options, cancellationToken);

    /// <summary>Adds or overwrites tags on the selected instances with <c>CreateTags</c>.</summary>
    /// <param name="instances">An AwsLinq instance query.</param>
    /// <param name="tags">The tags to set, by key.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every instance acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tags"/> is empty, or <paramref name="instances"/> is not an AwsLinq instance query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which instances were already tagged.</exception>
    [BatchAction("CreateTags per page of at most 1000 ids")]
    public static Task<BatchResult> CreateTagsAsync(this IQueryable<Instance> instances, IReadOnlyDictionary<string, string> tags, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Count == 0)
        {
            throw new ArgumentException("Give at least one tag to create; CreateTags with no tags does nothing.", nameof(tags));
        }

        var list = tags.Select(t => new Tag(t.Key, t.Value)).ToList();
        return InstanceAction.RunAsync(instances, "CreateTags", (ec2, ids, dryRun, ct) => ec2.CreateTagsAsync(new CreateTagsRequest { Resources = ids, Tags = list, DryRun = dryRun }, ct), options, cancellationToken);
    }

    /// <summary>Removes the tags with the given keys, whatever their values, from the selected instances with <c>DeleteTags</c>.</summary>
    /// <param name="instances">An AwsLinq instance query.</param>
    /// <param name="keys">The tag keys to remove.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every instance acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="keys"/> is empty (EC2 would then delete every tag), or <paramref name="instances"/> is not an AwsLinq instance query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which instances were already untagged.</exception>
    [BatchAction("DeleteTags per page of at most 1000 ids")]
    public static Task<BatchResult> DeleteTagsAsync(this IQueryable<Instance> instances, IEnumerable<string> keys, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var list = keys.Select(k => new Tag { Key = k }).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Give at least one tag key: DeleteTags with no tags deletes every tag of the instances.", nameof(keys));
        }

        return InstanceAction.RunAsync(instances, "DeleteTags", (ec2, ids, dryRun, ct) => ec2.DeleteTagsAsync(new DeleteTagsRequest { Resources = ids, Tags = list, DryRun = dryRun }, ct), options, cancellationToken);
    }
}
