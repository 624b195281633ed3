namespace AwsLinq.LocalAws.Ec2.Operations;

/// <summary>
/// <c>TerminateInstances</c>: any instance not yet terminated reports <c>shutting-down</c> and settles
/// <c>terminated</c>; a terminated one reports <c>terminated</c> again, since EC2 accepts repeated terminations.
/// Terminated instances stay listed, as they do in EC2 for about an hour.
/// </summary>
internal sealed class TerminateInstancesOperation(LocalEc2 ec2) : StateChangeOperation(ec2)
{
    public override string Name => "TerminateInstances";

    protected override StateChange Plan(LocalEc2Instance instance, Ec2Parameters request) =>
        instance.State == InstanceStates.Terminated
            ? Unchanged(instance)
            : new(instance.InstanceId!, instance.State, InstanceStates.ShuttingDown, InstanceStates.Terminated);
}
