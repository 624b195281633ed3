namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// The parameters a request log entry shows, by AWS name. Lists are folded into one comma-joined entry:
/// <c>InstanceId.N</c> into <c>InstanceIds</c>, <c>ResourceId.N</c> into <c>Resources</c>, <c>Owner.N</c> into
/// <c>Owners</c> and the other id lists likewise (<c>VolumeId.N</c> into <c>VolumeIds</c>), <c>Filter.N</c> into one
/// <c>Filter:&lt;name&gt;</c> per filter, and the tags of <c>Tag.N</c> and <c>TagSpecification.N.Tag.M</c> into
/// <c>Tags</c> (<c>key=value</c>, or <c>key</c> alone when sent without a value). Anything else keeps its own name.
/// </summary>
internal static class Ec2RequestLogParameters
{
    // Id and owner lists, by their wire name and the name the log (and AwsLinq's plans) give them.
    private static readonly (string Wire, string Logged)[] Lists =
    [
        ("InstanceId", "InstanceIds"), ("ResourceId", "Resources"), ("VolumeId", "VolumeIds"), ("SnapshotId", "SnapshotIds"),
        ("ImageId", "ImageIds"), ("Owner", "Owners"), ("ExecutableBy", "ExecutableUsers"), ("RestorableBy", "RestorableByUserIds"),
        ("GroupId", "GroupIds"), ("GroupName", "GroupNames"), ("VpcId", "VpcIds"), ("SubnetId", "SubnetIds"),
        ("RegionName", "RegionNames"), ("ZoneName", "ZoneNames"), ("ZoneId", "ZoneIds"),
    ];

    private static readonly string[] Folded = [.. Lists.Select(l => l.Wire + "."), "Filter.", "Tag.", "TagSpecification."];

    public static void AddTo(Dictionary<string, string> logged, Ec2Parameters request)
    {
        foreach (var (name, value) in request.Parameters)
        {
            if (name is not ("Action" or "Version") && !Folded.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            {
                logged[name] = value;
            }
        }

        foreach (var (wire, name) in Lists)
        {
            AddList(logged, name, request.List(wire));
        }

        foreach (var filter in request.Structures("Filter"))
        {
            var key = "Filter:" + filter.Value("Name");
            var values = string.Join(",", filter.List("Value"));
            logged[key] = logged.TryGetValue(key, out var earlier) ? earlier + "," + values : values;
        }

        var tags = request.Structures("Tag")
            .Concat(request.Structures("TagSpecification").SelectMany(s => s.Structures("Tag")))
            .Select(t => t.Value("Value") is { } value ? $"{t.Value("Key")}={value}" : t.Value("Key") ?? string.Empty);
        AddList(logged, "Tags", tags.ToList());
    }

    private static void AddList(Dictionary<string, string> logged, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            logged[name] = string.Join(",", values);
        }
    }
}
