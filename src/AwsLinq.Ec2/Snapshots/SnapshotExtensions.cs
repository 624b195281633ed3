using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;
using AwsLinq.Ec2.Snapshots;

namespace AwsLinq;

/// <summary>Queries over EBS snapshots, and their tags by key.</summary>
public static class SnapshotExtensions
{
    /// <summary>
    /// Starts a query over the EBS snapshots of <paramref name="owners"/> in the client's region
    /// (<c>DescribeSnapshots</c> with <c>Owner.N</c>): the account's own by default, never every public snapshot unless
    /// asked with <see cref="Ec2Owners.AnyOwner"/>. Nothing is sent until the query is enumerated; then equality on
    /// filterable fields (<c>State</c>, <c>VolumeId</c>, <c>Description</c>...), tags and string matches become EC2
    /// <c>Filters</c>, <c>Take</c> and <c>WithPageSize</c> become <c>MaxResults</c> (5 to 1000), and the rest, such as
    /// <c>StartTime</c>, runs in memory.
    /// </summary>
    /// <param name="ec2">The EC2 client that sends the requests.</param>
    /// <param name="owners">Whose snapshots to list; <see langword="null"/> for <see cref="Ec2Owners.Self"/>.</param>
    /// <returns>A query over <see cref="Snapshot"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ec2"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<Snapshot> Snapshots(this IAmazonEC2 ec2, Ec2Owners? owners = null)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        return (IAwsQueryable<Snapshot>)new Ec2SnapshotResource(ec2, owners ?? Ec2Owners.Self).CreateQuery();
    }

    /// <summary>
    /// Returns the value of the snapshot's tag with <paramref name="key"/>, or <see langword="null"/> when it has no such
    /// tag. In a query, <c>s.Tag("env") == "dev"</c> is sent as the filter <c>tag:env = dev</c>.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="key">The tag key, compared ordinally as EC2 does.</param>
    /// <returns>The tag's value, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string? Tag(this Snapshot snapshot, string key) => Ec2Tags.Value(snapshot, snapshot?.Tags, key, nameof(snapshot));
}
