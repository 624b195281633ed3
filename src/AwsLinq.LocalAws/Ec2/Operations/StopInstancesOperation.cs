namespace AwsLinq.LocalAws.Ec2.Operations;

/// <summary>
/// <c>StopInstances</c>: a pending, running or stopping instance reports <c>stopping</c> and settles <c>stopped</c>;
/// a stopped one reports <c>stopped</c> again; one shutting down or terminated cannot be stopped, nor can one whose
/// root device is an instance store (the reference: only EBS-backed instances can be stopped). <c>Force</c> is read
/// and logged; with no operating system to wait for, it changes nothing.
/// </summary>
internal sealed class StopInstancesOperation(LocalEc2 ec2) : StateChangeOperation(ec2)
{
    public override string Name => "StopInstances";

    protected override StateChange Plan(LocalEc2Instance instance, Ec2Parameters request)
    {
        _ = request.Flag("Force");
        var id = instance.InstanceId!;
        return instance.State switch
        {
            InstanceStates.Stopped => Unchanged(instance),
            InstanceStates.ShuttingDown or InstanceStates.Terminated => throw Ec2Errors.IncorrectInstanceState(id, "stopped"),
            _ when !string.Equals(instance.RootDeviceType, "ebs", StringComparison.Ordinal) =>
                throw Ec2Errors.UnsupportedOperation($"The instance '{id}' does not have an 'ebs' root device type and cannot be stopped."),
            var state => new(id, state, InstanceStates.Stopping, InstanceStates.Stopped),
        };
    }
}
