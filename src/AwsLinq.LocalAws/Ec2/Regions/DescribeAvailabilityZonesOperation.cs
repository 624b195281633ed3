using System.Xml.Linq;
using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Regions;

/// <summary>
/// <c>DescribeAvailabilityZones</c>: the zones of the endpoint's region (see <see cref="Zones"/>), or those of
/// <c>ZoneName.N</c> and <c>ZoneId.N</c>, narrowed by the reference's filters. Every zone is <c>available</c> and needs
/// no opt-in, so <c>AllAvailabilityZones</c> lists the same zones.
/// </summary>
internal sealed class DescribeAvailabilityZonesOperation(LocalEc2 ec2) : Ec2Operation(ec2)
{
    public override string Name => "DescribeAvailabilityZones";

    public override IReadOnlyList<XElement> Execute(Ec2Parameters request)
    {
        var region = Ec2.Region;
        var zones = Zones.Of(region);
        var names = request.List("ZoneName");
        var ids = request.List("ZoneId");
        var unknown = names.Where(n => zones.All(z => z.Name != n)).Concat(ids.Where(i => zones.All(z => z.Id != i))).ToList();
        if (unknown.Count > 0)
        {
            throw Ec2Errors.InvalidParameterValue($"Invalid availability zone: [{string.Join(", ", unknown)}]");
        }

        _ = request.Flag("AllAvailabilityZones");
        var fields = new FilterFields<(string Name, string Id)>(null)
        {
            { "zone-name", z => z.Name },
            { "zone-id", z => z.Id },
            { "region-name", _ => region },
            { "group-name", _ => region },
            { "state", _ => "available" },
            { "opt-in-status", _ => "opt-in-not-required" },
            { "zone-type", _ => "availability-zone" },
        };
        var filter = ResourceFilter<(string Name, string Id)>.Parse(request, fields);
        ThrowIfDryRun(request);
        var listed = zones.Where(z => (names.Count + ids.Count == 0 || names.Contains(z.Name) || ids.Contains(z.Id)) && filter.Matches(z));
        return [Ec2Xml.Set("availabilityZoneInfo", listed.Select(z => new object?[]
        {
            Ec2Xml.Element("zoneName", z.Name),
            Ec2Xml.Element("optInStatus", "opt-in-not-required"),
            Ec2Xml.Element("groupName", region),
            Ec2Xml.Element("zoneState", "available"),
            Ec2Xml.Element("regionName", region),
            Ec2Xml.Element("zoneId", z.Id),
            Ec2Xml.Element("zoneType", "availability-zone"),
            Ec2Xml.Element("networkBorderGroup", region),
            Ec2Xml.Element("messageSet"),
        }))];
    }
}
