using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;

namespace AwsLinq;

/// <summary>Reads an instance's tags by key, in queries and in ordinary code.</summary>
public static class InstanceTagExtensions
{
    /// <summary>
    /// Returns the value of the tag with <paramref name="key"/>, or <see langword="null"/> when the instance has
    /// no such tag. In a query, <c>i.Tag("env") == "prod"</c> is sent as the filter <c>tag:env = prod</c>.
    /// </summary>
    /// <param name="instance">The instance.</param>
    /// <param name="key">The tag key, compared ordinally as EC2 does.</param>
    /// <returns>The tag's value, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string? Tag(this Instance instance, string key) => Ec2Tags.Value(instance, instance?.Tags, key, nameof(instance));
}
