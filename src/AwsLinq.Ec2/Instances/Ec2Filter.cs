namespace AwsLinq.Ec2.Instances;

/// <summary>One EC2 filter of a query: a name and the values EC2 ORs, literal or with wildcards.</summary>
internal sealed record Ec2Filter(string Name, IReadOnlySet<string> Values, bool Wildcards)
{
    // EC2 reads '*' and '?' as wildcards in every filter value: a literal value is sent escaped.
    public static Ec2Filter Literal(string name, IEnumerable<string> values) => new(name, values.Select(Escape).ToHashSet(StringComparer.Ordinal), false);

    // EC2 filter values: '*' matches any run of characters, '?' one character, '\' escapes either and itself.
    public static Ec2Filter Pattern(string name, string prefix, string text, string suffix) =>
        new(name, new HashSet<string>(StringComparer.Ordinal) { prefix + Escape(text) + suffix }, true);

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("?", "\\?", StringComparison.Ordinal);

    public Ec2Filter? Union(Ec2Filter other) =>
        Name == other.Name && !Wildcards && !other.Wildcards ? this with { Values = Values.Union(other.Values).ToHashSet(StringComparer.Ordinal) } : null;
}
