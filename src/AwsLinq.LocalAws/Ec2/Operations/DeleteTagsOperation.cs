namespace AwsLinq.LocalAws.Ec2.Operations;

/// <summary>
/// <c>DeleteTags</c>, as the reference describes its Tag.N parameter: a tag given without a value goes whatever its
/// value, one given with a value (even an empty one) only when the value matches, and no tags at all removes every tag.
/// </summary>
internal sealed class DeleteTagsOperation(LocalEc2 ec2) : TagOperation(ec2)
{
    public override string Name => "DeleteTags";

    protected override Dictionary<string, string> Apply(IReadOnlyDictionary<string, string> current, IReadOnlyList<(string Key, string? Value)> tags)
    {
        if (tags.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return current
            .Where(t => !tags.Any(d => string.Equals(d.Key, t.Key, StringComparison.Ordinal)
                && (d.Value is null || string.Equals(d.Value, t.Value, StringComparison.Ordinal))))
            .ToDictionary(StringComparer.Ordinal);
    }
}
