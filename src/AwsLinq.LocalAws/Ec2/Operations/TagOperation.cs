using System.Xml.Linq;

namespace AwsLinq.LocalAws.Ec2.Operations;

/// <summary>
/// What <c>CreateTags</c> and <c>DeleteTags</c> share: the resources of <c>ResourceId.N</c>, of any kind the endpoint
/// holds (an id of another kind is answered with InvalidID), and the pairs of <c>Tag.N.Key</c>/<c>Tag.N.Value</c>. Every
/// id is checked before any resource changes, so a request with one unknown id changes nothing.
/// </summary>
internal abstract class TagOperation(LocalEc2 ec2) : Ec2Operation(ec2)
{
    public sealed override IReadOnlyList<XElement> Execute(Ec2Parameters request)
    {
        var resources = request.List("ResourceId");
        if (resources.Count == 0)
        {
            throw Ec2Errors.MissingParameter("resourceIdSet");
        }

        var byStore = resources
            .GroupBy(id => Ec2.TagStores.FirstOrDefault(s => s.Claims(id)) ?? throw Ec2Errors.InvalidId(id))
            .Select(g => (Store: g.Key, Ids: (IReadOnlyList<string>)[.. g]))
            .ToList();
        foreach (var (store, ids) in byStore)
        {
            store.Require(ids);
        }

        var tags = request.Structures("Tag").Select(t => (Key: t.Required("Key"), Value: t.Value("Value"))).ToList();
        Validate(tags);
        ThrowIfDryRun(request);
        foreach (var (store, ids) in byStore)
        {
            store.UpdateTags(ids, current => Apply(current, tags).AsReadOnly());
        }

        return [Return()];
    }

    protected virtual void Validate(IReadOnlyList<(string Key, string? Value)> tags)
    {
    }

    /// <summary>Returns the resource's new tags; the key order of the old ones is kept.</summary>
    protected abstract Dictionary<string, string> Apply(IReadOnlyDictionary<string, string> current, IReadOnlyList<(string Key, string? Value)> tags);
}
