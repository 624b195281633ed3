using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;
using AwsLinq.Ec2.Volumes;

namespace AwsLinq;

/// <summary>Queries over EBS volumes, and their tags by key.</summary>
public static class VolumeExtensions
{
    /// <summary>
    /// Starts a query over the account's EBS volumes in the client's region (<c>DescribeVolumes</c>). Nothing is sent
    /// until the query is enumerated; then equality on filterable fields (<c>State</c>, <c>VolumeType</c>, <c>Size</c>,
    /// <c>SnapshotId</c>...), <c>Attachments.Any(a =&gt; a.InstanceId == id)</c>, tags and string matches become EC2
    /// <c>Filters</c>, <c>Take</c> and <c>WithPageSize</c> become <c>MaxResults</c> (5 to 500), and the rest runs in memory.
    /// </summary>
    /// <param name="ec2">The EC2 client that sends the requests.</param>
    /// <returns>A query over <see cref="Volume"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ec2"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<Volume> Volumes(this IAmazonEC2 ec2)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        return (IAwsQueryable<Volume>)new Ec2VolumeResource(ec2).CreateQuery();
    }

    /// <summary>
    /// Returns the value of the volume's tag with <paramref name="key"/>, or <see langword="null"/> when it has no such
    /// tag. In a query, <c>v.Tag("env") == "dev"</c> is sent as the filter <c>tag:env = dev</c>.
    /// </summary>
    /// <param name="volume">The volume.</param>
    /// <param name="key">The tag key, compared ordinally as EC2 does.</param>
    /// <returns>The tag's value, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string? Tag(this Volume volume, string key) => Ec2Tags.Value(volume, volume?.Tags, key, nameof(volume));
}
