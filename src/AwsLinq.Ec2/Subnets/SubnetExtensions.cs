using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;
using AwsLinq.Ec2.Subnets;

namespace AwsLinq;

/// <summary>Queries over subnets, and their tags by key.</summary>
public static class SubnetExtensions
{
    /// <summary>
    /// Starts a query over the account's subnets in the client's region (<c>DescribeSubnets</c>). Nothing is sent until the query is
    /// enumerated; then equality on filterable fields (<c>VpcId</c>, <c>AvailabilityZone</c>, <c>CidrBlock</c>, <c>MapPublicIpOnLaunch</c>...), tags and string matches become EC2 <c>Filters</c>,
    /// <c>Take</c> and <c>WithPageSize</c> become <c>MaxResults</c> (5 to 1000), and the rest runs in memory.
    /// </summary>
    /// <param name="ec2">The EC2 client that sends the requests.</param>
    /// <returns>A query over <see cref="Subnet"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ec2"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<Subnet> Subnets(this IAmazonEC2 ec2)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        return (IAwsQueryable<Subnet>)new Ec2SubnetResource(ec2).CreateQuery();
    }

    /// <summary>
    /// Returns the value of the subnet's tag with <paramref name="key"/>, or <see langword="null"/> when it has no such
    /// tag. In a query, <c>s.Tag("env") == "prod"</c> is sent as the filter <c>tag:env = prod</c>.
    /// </summary>
    /// <param name="subnet">The subnet.</param>
    /// <param name="key">The tag key, compared ordinally as EC2 does.</param>
    /// <returns>The tag's value, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string? Tag(this Subnet subnet, string key) => Ec2Tags.Value(subnet, subnet?.Tags, key, nameof(subnet));
}
