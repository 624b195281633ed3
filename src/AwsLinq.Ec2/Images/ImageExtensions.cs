using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;
using AwsLinq.Ec2.Images;

namespace AwsLinq;

/// <summary>Queries over AMIs, and their tags by key.</summary>
public static class ImageExtensions
{
    /// <summary>
    /// Starts a query over the AMIs of <paramref name="owners"/> in the client's region (<c>DescribeImages</c> with
    /// <c>Owner.N</c>): the account's own by default, never every public image unless asked with
    /// <see cref="Ec2Owners.AnyOwner"/>. Nothing is sent until the query is enumerated; then equality on filterable
    /// fields (<c>State</c>, <c>Architecture</c>, <c>Public</c>...), <c>Name</c> and <c>Description</c> matches as
    /// wildcards, <c>BlockDeviceMappings.Any(...)</c>, tags and string matches become EC2 <c>Filters</c>,
    /// <c>Take</c> and <c>WithPageSize</c> become <c>MaxResults</c> (5 to 1000), and the rest runs in memory.
    /// </summary>
    /// <remarks>
    /// EC2 leaves other owners' deprecated and disabled images out of the listing; the account's own deprecated
    /// images are always listed.
    /// </remarks>
    /// <param name="ec2">The EC2 client that sends the requests.</param>
    /// <param name="owners">Whose images to list; <see langword="null"/> for <see cref="Ec2Owners.Self"/>.</param>
    /// <returns>A query over <see cref="Image"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ec2"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<Image> Images(this IAmazonEC2 ec2, Ec2Owners? owners = null)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        return (IAwsQueryable<Image>)new Ec2ImageResource(ec2, owners ?? Ec2Owners.Self).CreateQuery();
    }

    /// <summary>
    /// Returns the value of the image's tag with <paramref name="key"/>, or <see langword="null"/> when it has no such
    /// tag. In a query, <c>i.Tag("app") == "web"</c> is sent as the filter <c>tag:app = web</c>.
    /// </summary>
    /// <param name="image">The image.</param>
    /// <param name="key">The tag key, compared ordinally as EC2 does.</param>
    /// <returns>The tag's value, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string? Tag(this Image image, string key) => Ec2Tags.Value(image, image?.Tags, key, nameof(image));
}
