using System.Xml.Linq;

namespace AwsLinq.LocalAws.Ec2.Operations;

/// <summary>
/// What <c>CreateTags</c> and <c>DeleteTags</c> share: the resources of <c>ResourceId.N</c>, which here can only be
/// instances (an id of another kind is answered with InvalidID), and the pairs of <c>Tag.N.Key</c>/<c>Tag.N.Value</c>.
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

        if (resources.FirstOrDefault(id => !id.StartsWith("i-", StringComparison.Ordinal)) is { } other)
        {
            throw Ec2Errors.InvalidId(other);
        }

        RequireInstances(resources);
        var tags = request.Structures("Tag").Select(t => (Key: t.Required("Key"), Value: t.Value("Value"))).ToList();
        Validate(tags);
        ThrowIfDryRun(request);
        Ec2.Store.Update(resources, instance => instance with { Tags = Apply(instance.Tags, tags).AsReadOnly() });
        return [Return()];
    }

    protected virtual void Validate(IReadOnlyList<(string Key, string? Value)> tags)
    {
    }

    /// <summary>Returns the instance's new tags; the key order of the old ones is kept.</summary>
    protected abstract Dictionary<string, string> Apply(IReadOnlyDictionary<string, string> current, IReadOnlyList<(string Key, string? Value)> tags);
}
