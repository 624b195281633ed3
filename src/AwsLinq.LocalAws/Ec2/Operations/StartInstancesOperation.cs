namespace AwsLinq.LocalAws.Ec2.Operations;

/// <summary>
/// <c>StartInstances</c>: a stopped instance reports <c>pending</c> and settles <c>running</c>; a pending or running
/// one reports its state unchanged; one that is stopping, shutting down or terminated cannot be started.
/// </summary>
internal sealed class StartInstancesOperation(LocalEc2 ec2) : StateChangeOperation(ec2)
{
    public override string Name => "StartInstances";

    protected override StateChange Plan(LocalEc2Instance instance, Ec2Parameters request) =>
        instance.State switch
        {
            InstanceStates.Stopped => new(instance.InstanceId!, InstanceStates.Stopped, InstanceStates.Pending, InstanceStates.Running),
            InstanceStates.Pending or InstanceStates.Running => Unchanged(instance),
            _ => throw Ec2Errors.IncorrectInstanceState(instance.InstanceId!, "started"),
        };
}
