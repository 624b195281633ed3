using System.Globalization;
using System.Reflection;

namespace AwsLinq.Sqs.Queues;

/// <summary>
/// The <see cref="SqsQueue"/> properties that come from <c>GetQueueAttributes</c>, read off their
/// <see cref="QueueAttributeAttribute"/>, and how SQS's text values become the properties' types.
/// </summary>
internal static class QueueAttributes
{
    public static IReadOnlyDictionary<PropertyInfo, string> ByProperty { get; } = typeof(SqsQueue).GetProperties()
        .Select(p => (Property: p, Attribute: p.GetCustomAttribute<QueueAttributeAttribute>()))
        .Where(p => p.Attribute is not null)
        .ToDictionary(p => p.Property, p => p.Attribute!.Name);

    public static PropertyInfo Tags { get; } = typeof(SqsQueue).GetProperty(nameof(SqsQueue.Tags))!;

    /// <summary>A copy of the queue with the attributes SQS returned filled in; attributes not returned stay null.</summary>
    public static SqsQueue Apply(SqsQueue queue, IReadOnlyDictionary<string, string> attributes)
    {
        var filled = queue with { };
        foreach (var (property, name) in ByProperty)
        {
            if (attributes.TryGetValue(name, out var text))
            {
                property.SetValue(filled, Parse(text, property.PropertyType));
            }
        }

        return filled;
    }

    private static object? Parse(string text, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => text,
            _ when underlying == typeof(long) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            _ when underlying == typeof(int) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            _ when underlying == typeof(bool) => bool.TryParse(text, out var b) ? b : null,

            // SQS sends timestamps as seconds since the epoch.
            _ when underlying == typeof(DateTimeOffset) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? DateTimeOffset.FromUnixTimeSeconds(s) : null,
            _ => throw new InvalidOperationException($"No parser for the queue attribute type {type.Name}."),
        };
    }
}
