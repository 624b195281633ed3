using AwsLinq.LocalAws.Ec2.Resources;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>The tags of instances, as the tag operations reach every kind of resource.</summary>
internal sealed class InstanceTagStore(InstanceStore store) : ITagStore
{
    public string ResourceType => "instance";

    public bool Claims(string id) => id.StartsWith("i-", StringComparison.Ordinal);

    public void Require(IReadOnlyList<string> ids)
    {
        if (ids.FirstOrDefault(id => !InstanceIds.IsWellFormed(id)) is { } malformed)
        {
            throw Ec2Errors.InstanceIdMalformed(malformed);
        }

        if (store.Missing(ids) is { Count: > 0 } missing)
        {
            throw Ec2Errors.InstanceIdNotFound(missing);
        }
    }

    public void UpdateTags(IReadOnlyList<string> ids, Func<IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>> change) =>
        store.Update(ids, instance => instance with { Tags = change(instance.Tags) });

    public IEnumerable<(string Id, IReadOnlyDictionary<string, string> Tags)> AllTags() => store.All().Select(i => (i.InstanceId!, i.Tags));
}
