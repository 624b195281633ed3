using System.Xml.Linq;
using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2.Status;

/// <summary>
/// <c>DescribeTags</c>: one row per tag of every resource the endpoint holds (instances first, then volumes,
/// snapshots, images, security groups, VPCs and subnets, each kind in its listing order), narrowed by the filters
/// <c>key</c>, <c>value</c>, <c>resource-id</c>, <c>resource-type</c> and <c>tag:&lt;key&gt;</c> (the rows of the
/// resources that have that tag), paged by <c>MaxResults</c> (5 to 1000) and <c>NextToken</c>.
/// </summary>
internal sealed class DescribeTagsOperation(LocalEc2 ec2) : Ec2Operation(ec2)
{
    private static readonly PageLimits Limits = new(5, 1000);

    private static readonly FilterFields<Row> Fields = new(r => r.Tags)
    {
        { "key", r => r.Key },
        { "value", r => r.Value },
        { "resource-id", r => r.ResourceId },
        { "resource-type", r => r.ResourceType },
    };

    public override string Name => "DescribeTags";

    public override IReadOnlyList<XElement> Execute(Ec2Parameters request)
    {
        var max = Limits.Read(request, idsGiven: false);
        var filter = ResourceFilter<Row>.Parse(request, Fields);
        var start = ResourceTokens.Start("tags", request);
        ThrowIfDryRun(request);
        var rows = Ec2.TagStores
            .SelectMany(store => store.AllTags().SelectMany(r => r.Tags.Select(t => new Row(r.Id, store.ResourceType, t.Key, t.Value, r.Tags))))
            .Where(filter.Matches)
            .ToList();
        var (page, next) = RowPages.Page(rows, start, max);
        var set = Ec2Xml.Set("tagSet", page.Select(r => new object?[]
        {
            Ec2Xml.Element("resourceId", r.ResourceId),
            Ec2Xml.Element("resourceType", r.ResourceType),
            Ec2Xml.Element("key", r.Key),
            Ec2Xml.Element("value", r.Value),
        }));
        return next is { } at ? [set, Ec2Xml.Element("nextToken", ResourceTokens.Encode("tags", at))] : [set];
    }

    // The row's resource's tags make the tag:<key> filter, which selects the rows of resources with that tag.
    private sealed record Row(string ResourceId, string ResourceType, string Key, string Value, IReadOnlyDictionary<string, string> Tags);
}
