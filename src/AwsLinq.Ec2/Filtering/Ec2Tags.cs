using Amazon.EC2.Model;

namespace AwsLinq.Ec2.Filtering;

/// <summary>The lookup behind every EC2 item's <c>Tag(key)</c> accessor.</summary>
internal static class Ec2Tags
{
    /// <summary>The value of the tag with <paramref name="key"/>, compared ordinally as EC2 does, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> or <paramref name="key"/> is <see langword="null"/>.</exception>
    public static string? Value(object item, List<Tag>? tags, string key, string itemName)
    {
        ArgumentNullException.ThrowIfNull(item, itemName);
        ArgumentNullException.ThrowIfNull(key);
        return tags?.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.Ordinal))?.Value;
    }
}
