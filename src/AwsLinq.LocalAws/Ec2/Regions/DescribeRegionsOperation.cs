using System.Xml.Linq;
using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Regions;

/// <summary>
/// <c>DescribeRegions</c>: the regions enabled for the account (all with <c>AllRegions</c>), or those of
/// <c>RegionName.N</c> whether enabled or not (the reference: "You can specify any Regions, whether they are enabled
/// and disabled for your account"), narrowed by the filters <c>endpoint</c>, <c>opt-in-status</c> and <c>region-name</c>.
/// </summary>
internal sealed class DescribeRegionsOperation(LocalEc2 ec2) : Ec2Operation(ec2)
{
    private static readonly FilterFields<(string Name, string OptInStatus)> Fields = new(null)
    {
        { "region-name", r => r.Name },
        { "endpoint", r => RegionList.Endpoint(r.Name) },
        { "opt-in-status", r => r.OptInStatus },
    };

    public override string Name => "DescribeRegions";

    public override IReadOnlyList<XElement> Execute(Ec2Parameters request)
    {
        var regions = RegionList.For(Ec2.Region);
        var names = request.List("RegionName");
        if (names.Where(n => regions.All(r => r.Name != n)).ToList() is { Count: > 0 } unknown)
        {
            throw Ec2Errors.InvalidParameterValue($"Invalid region: [{string.Join(", ", unknown)}]");
        }

        var all = request.Flag("AllRegions");
        var filter = ResourceFilter<(string Name, string OptInStatus)>.Parse(request, Fields);
        ThrowIfDryRun(request);
        var listed = regions.Where(r => (names.Count > 0 ? names.Contains(r.Name) : all || r.OptInStatus != "not-opted-in") && filter.Matches(r));
        return [Ec2Xml.Set("regionInfo", listed.Select(r => new object?[]
        {
            Ec2Xml.Element("regionName", r.Name),
            Ec2Xml.Element("regionEndpoint", RegionList.Endpoint(r.Name)),
            Ec2Xml.Element("optInStatus", r.OptInStatus),
        }))];
    }
}
