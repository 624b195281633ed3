using System.Xml.Linq;

namespace AwsLinq.LocalAws.Ec2.Operations;

/// <summary>
/// What <c>StartInstances</c>, <c>StopInstances</c> and <c>TerminateInstances</c> share: the instances of
/// <c>InstanceId.N</c>, each with a <c>previousState</c> and <c>currentState</c> in the answer. EC2 reports the state an
/// instance is entering (<c>stopping</c>) and gets to the end state later; the endpoint stores the end state at once,
/// so the next describe shows <c>stopped</c>. All instances change, or, when one cannot, none.
/// </summary>
internal abstract class StateChangeOperation(LocalEc2 ec2) : Ec2Operation(ec2)
{
    public sealed override IReadOnlyList<XElement> Execute(Ec2Parameters request)
    {
        var ids = request.List("InstanceId");
        if (ids.Count == 0)
        {
            throw Ec2Errors.MissingParameter("InstanceId");
        }

        RequireInstances(ids);
        ThrowIfDryRun(request);
        var changes = new List<StateChange>(ids.Count);
        Ec2.Store.Update(ids, instance =>
        {
            var change = Plan(instance, request);
            changes.Add(change);
            return instance with { State = change.Settled };
        });
        return [Ec2Xml.Set("instancesSet", changes.Select(Item))];
    }

    /// <summary>Returns what happens to one instance, or throws IncorrectInstanceState when it cannot change so.</summary>
    protected abstract StateChange Plan(LocalEc2Instance instance, Ec2Parameters request);

    protected static StateChange Unchanged(LocalEc2Instance instance) =>
        new(instance.InstanceId!, instance.State, instance.State, instance.State);

    private static object?[] Item(StateChange change) =>
    [
        Ec2Xml.Element("instanceId", change.InstanceId),
        InstanceXml.State("currentState", change.Reported),
        InstanceXml.State("previousState", change.Previous),
    ];
}
