using System.Xml.Linq;

namespace AwsLinq.LocalAws.Ec2.Resources;

/// <summary>The value forms every resource's XML shares: optional elements left out as EC2 leaves them out, and tag sets.</summary>
internal static class ResourceXml
{
    public static XElement? Optional(string name, string? value) => value is null ? null : Ec2Xml.Element(name, value);

    public static XElement? Optional(string name, long? value) => value is { } number ? Ec2Xml.Element(name, Ec2Xml.Number(number)) : null;

    public static XElement Flag(string name, bool value) => Ec2Xml.Element(name, Ec2Xml.Boolean(value));

    public static XElement Time(string name, DateTimeOffset time) => Ec2Xml.Element(name, Ec2Xml.Timestamp(time));

    /// <summary>The <c>tagSet</c> of a resource; none for a resource without tags, as EC2 sends none.</summary>
    public static XElement? Tags(IReadOnlyDictionary<string, string> tags) =>
        tags.Count == 0 ? null : Ec2Xml.Set("tagSet", tags.Select(t => new object?[] { Ec2Xml.Element("key", t.Key), Ec2Xml.Element("value", t.Value) }));

    /// <summary>A private copy of seeded tags, so that the caller's dictionary cannot change the record.</summary>
    public static IReadOnlyDictionary<string, string> Copy(IReadOnlyDictionary<string, string> tags, string parameter)
    {
        ArgumentNullException.ThrowIfNull(tags, parameter);
        return new Dictionary<string, string>(tags, StringComparer.Ordinal).AsReadOnly();
    }

    /// <summary>Checks that a seeded value is one EC2 reports for the field.</summary>
    /// <exception cref="ArgumentException">It is not.</exception>
    public static string OneOf(string value, string field, params string[] allowed) =>
        allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new ArgumentException($"{field} '{value}' is not one EC2 reports; use one of {string.Join(", ", allowed)}.", "resources");

    /// <summary>Whole UTC seconds, as EC2 keeps creation times, from the seeded time or the server clock's now.</summary>
    public static DateTimeOffset Seconds(DateTimeOffset? given, DateTimeOffset now)
    {
        var time = (given ?? now).ToUniversalTime();
        return new DateTimeOffset(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
