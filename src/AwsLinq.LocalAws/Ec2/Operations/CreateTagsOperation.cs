namespace AwsLinq.LocalAws.Ec2.Operations;

/// <summary><c>CreateTags</c>: adds tags to instances, overwriting the value of a key they already have.</summary>
internal sealed class CreateTagsOperation(LocalEc2 ec2) : TagOperation(ec2)
{
    public override string Name => "CreateTags";

    protected override void Validate(IReadOnlyList<(string Key, string? Value)> tags)
    {
        if (tags.Count == 0)
        {
            throw Ec2Errors.MissingParameter("Tag");
        }
    }

    // A tag sent without a value gets an empty one: the reference's Tag.Value is optional.
    protected override Dictionary<string, string> Apply(IReadOnlyDictionary<string, string> current, IReadOnlyList<(string Key, string? Value)> tags)
    {
        var updated = new Dictionary<string, string>(current, StringComparer.Ordinal);
        foreach (var (key, value) in tags)
        {
            updated[key] = value ?? string.Empty;
        }

        return updated;
    }
}
