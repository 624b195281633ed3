using System.Xml.Linq;
using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Status;

/// <summary>
/// <c>DescribeInstanceStatus</c>: the status checks of running instances (of every instance with
/// <c>IncludeAllInstances</c>), of <c>InstanceId.N</c> or all, narrowed by <c>Filter.N</c>, paged by <c>MaxResults</c>
/// (5 to 1000, not beside <c>InstanceId.N</c>) and <c>NextToken</c>. A running instance passes both checks; the others
/// report <c>not-applicable</c>, as EC2 does for instances that are not running.
/// </summary>
internal sealed class DescribeInstanceStatusOperation(LocalEc2 ec2) : Ec2Operation(ec2)
{
    private static readonly PageLimits Limits = new(5, 1000, ExclusiveIds: "instancesSet");

    private static readonly FilterFields<LocalEc2Instance> Fields = new(null)
    {
        { "availability-zone", i => i.AvailabilityZone },
        { "instance-state-name", i => i.State },
        { "instance-state-code", i => (long)InstanceStates.Code(i.State) },
        { "instance-status.status", i => Check(i).Status },
        { "system-status.status", i => Check(i).Status },
        { "instance-status.reachability", i => Check(i).Reachability },
        { "system-status.reachability", i => Check(i).Reachability },
    };

    public override string Name => "DescribeInstanceStatus";

    public override IReadOnlyList<XElement> Execute(Ec2Parameters request)
    {
        var ids = request.List("InstanceId");
        var max = Limits.Read(request, ids.Count > 0);
        RequireInstances(ids);
        var all = request.Flag("IncludeAllInstances");
        var filter = ResourceFilter<LocalEc2Instance>.Parse(request, Fields, i => i.InstanceId!, ids);
        var start = ResourceTokens.Start("instance-status", request);
        ThrowIfDryRun(request);
        var rows = Ec2.Store.All().Where(i => (all || i.State == InstanceStates.Running) && filter.Matches(i)).ToList();
        var (page, next) = RowPages.Page(rows, start, max);
        var set = Ec2Xml.Set("instanceStatusSet", page.Select(Item));
        return next is { } at ? [set, Ec2Xml.Element("nextToken", ResourceTokens.Encode("instance-status", at))] : [set];
    }

    private static (string Status, string? Reachability) Check(LocalEc2Instance i) =>
        i.State == InstanceStates.Running ? ("ok", "passed") : ("not-applicable", null);

    private static object?[] Item(LocalEc2Instance i) =>
    [
        Ec2Xml.Element("instanceId", i.InstanceId),
        Ec2Xml.Element("availabilityZone", i.AvailabilityZone),
        InstanceXml.State("instanceState", i.State),
        Summary("systemStatus", i),
        Summary("instanceStatus", i),
    ];

    private static XElement Summary(string name, LocalEc2Instance i)
    {
        var (status, reachability) = Check(i);
        return Ec2Xml.Element(
            name,
            Ec2Xml.Element("status", status),
            Ec2Xml.Set("details", reachability is null ? [] : [[Ec2Xml.Element("name", "reachability"), Ec2Xml.Element("status", reachability)]]));
    }
}
