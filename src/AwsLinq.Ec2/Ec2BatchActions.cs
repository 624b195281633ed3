using Amazon.EC2.Model;
using AwsLinq.Ec2.Batch;
using AwsLinq.Ec2.Instances;

namespace AwsLinq;

/// <summary>
/// Batch actions on the instances an EC2 query selects: one call per page of at most 1000 ids, sent as the
/// listing proceeds. EC2 applies a call to all of its ids or to none: a refused call is recorded for every id
/// of its page with EC2's error code, and the action goes on. With <see cref="BatchOptions.DryRun"/> each call is
/// sent with EC2's own <c>DryRun</c> flag, which checks permissions and changes nothing.
/// </summary>
public static class Ec2BatchActions
{
    private static readonly BatchParameter ForceParameter = new("force", BatchParameterKind.Flag, "Stop without letting the instances flush caches or shut down cleanly.");

    /// <summary>Gets the declaration of <see cref="StartAllAsync"/>.</summary>
    public static BatchAction<Instance> Start { get; } = Ec2Actions.Paged<Ec2InstanceResource, Instance>(
        "StartInstances", "start", "Start the selected instances (StartInstances).", Ec2InstanceResource.InstanceId,
        (ec2, ids, _, dryRun, ct) => ec2.StartInstancesAsync(new StartInstancesRequest { InstanceIds = ids, DryRun = dryRun }, ct));

    /// <summary>Gets the declaration of <see cref="StopAllAsync"/>; its <c>force</c> flag is sent as <c>Force</c>.</summary>
    public static BatchAction<Instance> Stop { get; } = Ec2Actions.Paged<Ec2InstanceResource, Instance>(
        "StopInstances", "stop", "Stop the selected instances (StopInstances).", Ec2InstanceResource.InstanceId,
        (ec2, ids, arguments, dryRun, ct) => ec2.StopInstancesAsync(new StopInstancesRequest { InstanceIds = ids, Force = arguments.Flag("force") ? true : null, DryRun = dryRun }, ct),
        [ForceParameter]);

    /// <summary>Gets the declaration of <see cref="RebootAllAsync"/>.</summary>
    public static BatchAction<Instance> Reboot { get; } = Ec2Actions.Paged<Ec2InstanceResource, Instance>(
        "RebootInstances", "reboot", "Reboot the selected instances (RebootInstances).", Ec2InstanceResource.InstanceId,
        (ec2, ids, _, dryRun, ct) => ec2.RebootInstancesAsync(new RebootInstancesRequest { InstanceIds = ids, DryRun = dryRun }, ct));

    /// <summary>Gets the declaration of <see cref="TerminateAllAsync"/>.</summary>
    public static BatchAction<Instance> Terminate { get; } = Ec2Actions.Paged<Ec2InstanceResource, Instance>(
        "TerminateInstances", "terminate", "Terminate the selected instances (TerminateInstances).", Ec2InstanceResource.InstanceId,
        (ec2, ids, _, dryRun, ct) => ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = ids, DryRun = dryRun }, ct));

    /// <summary>Gets the declaration of <see cref="CreateTagsAsync(IQueryable{Instance}, IReadOnlyDictionary{string, string}, BatchOptions?, CancellationToken)"/>; its <c>tags</c> are key=value pairs.</summary>
    public static BatchAction<Instance> CreateTags { get; } = Ec2Actions.CreateTags<Ec2InstanceResource, Instance>("tag", "instances", Ec2InstanceResource.InstanceId);

    /// <summary>Gets the declaration of <see cref="DeleteTagsAsync(IQueryable{Instance}, IEnumerable{string}, BatchOptions?, CancellationToken)"/>; its <c>keys</c> are tag keys.</summary>
    public static BatchAction<Instance> DeleteTags { get; } = Ec2Actions.DeleteTags<Ec2InstanceResource, Instance>("untag", "instances", Ec2InstanceResource.InstanceId);

    /// <summary>Starts the selected instances with <c>StartInstances</c>.</summary>
    /// <param name="instances">An AwsLinq instance query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every instance acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instances"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="instances"/> is not an AwsLinq instance query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which instances were already acted on.</exception>
    [BatchAction(nameof(Start))]
    public static Task<BatchResult> StartAllAsync(this IQueryable<Instance> instances, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Start.RunAsync(instances, null, options, cancellationToken);

    /// <summary>Stops the selected instances with <c>StopInstances</c>.</summary>
    /// <param name="instances">An AwsLinq instance query.</param>
    /// <param name="force">Sent as <c>Force</c>: stop without letting the instance flush caches.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every instance acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instances"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="instances"/> is not an AwsLinq instance query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which instances were already acted on.</exception>
    [BatchAction(nameof(Stop))]
    public static Task<BatchResult> StopAllAsync(this IQueryable<Instance> instances, bool force = false, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Stop.RunAsync(instances, BatchArguments.None.With("force", force), options, cancellationToken);

    /// <summary>Reboots the selected instances with <c>RebootInstances</c>.</summary>
    /// <param name="instances">An AwsLinq instance query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every instance acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instances"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="instances"/> is not an AwsLinq instance query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which instances were already acted on.</exception>
    [BatchAction(nameof(Reboot))]
    public static Task<BatchResult> RebootAllAsync(this IQueryable<Instance> instances, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Reboot.RunAsync(instances, null, options, cancellationToken);

    /// <summary>Terminates the selected instances with <c>TerminateInstances</c>. Terminated instances cannot be started again.</summary>
    /// <param name="instances">An AwsLinq instance query.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every instance acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="instances"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="instances"/> is not an AwsLinq instance query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which instances were already acted on.</exception>
    [BatchAction(nameof(Terminate))]
    public static Task<BatchResult> TerminateAllAsync(this IQueryable<Instance> instances, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Terminate.RunAsync(instances, null, options, cancellationToken);

    /// <summary>Adds or overwrites tags on the selected instances with <c>CreateTags</c>.</summary>
    /// <param name="instances">An AwsLinq instance query.</param>
    /// <param name="tags">The tags to set, by key.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every instance acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="tags"/> is empty, or <paramref name="instances"/> is not an AwsLinq instance query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which instances were already tagged.</exception>
    [BatchAction(nameof(CreateTags))]
    public static Task<BatchResult> CreateTagsAsync(this IQueryable<Instance> instances, IReadOnlyDictionary<string, string> tags, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunCreateTags(CreateTags, instances, tags, options, cancellationToken, nameof(instances));

    /// <summary>Removes the tags with the given keys, whatever their values, from the selected instances with <c>DeleteTags</c>.</summary>
    /// <param name="instances">An AwsLinq instance query.</param>
    /// <param name="keys">The tag keys to remove.</param>
    /// <param name="options">Set <see cref="BatchOptions.DryRun"/> for EC2's dry run.</param>
    /// <param name="cancellationToken">Stops the listing, and the action before its next call; a call already sent is let finish so that the result can say what it did.</param>
    /// <returns>Every instance acted on and every failure.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="keys"/> is empty (EC2 would then delete every tag), or <paramref name="instances"/> is not an AwsLinq instance query.</exception>
    /// <exception cref="BatchActionCanceledException">Cancelled; its result says which instances were already untagged.</exception>
    [BatchAction(nameof(DeleteTags))]
    public static Task<BatchResult> DeleteTagsAsync(this IQueryable<Instance> instances, IEnumerable<string> keys, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        Ec2Actions.RunDeleteTags(DeleteTags, instances, keys, options, cancellationToken, nameof(instances));
}
