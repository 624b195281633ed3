using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;
using AwsLinq.Ec2.Vpcs;

namespace AwsLinq;

/// <summary>Queries over VPCs, and their tags by key.</summary>
public static class VpcExtensions
{
    /// <summary>
    /// Starts a query over the account's VPCs in the client's region (<c>DescribeVpcs</c>). Nothing is sent until the query is
    /// enumerated; then equality on filterable fields (<c>VpcId</c>, <c>CidrBlock</c>, <c>IsDefault</c>, <c>State</c>...), tags and string matches become EC2 <c>Filters</c>,
    /// <c>Take</c> and <c>WithPageSize</c> become <c>MaxResults</c> (5 to 1000), and the rest runs in memory.
    /// </summary>
    /// <param name="ec2">The EC2 client that sends the requests.</param>
    /// <returns>A query over <see cref="Vpc"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ec2"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<Vpc> Vpcs(this IAmazonEC2 ec2)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        return (IAwsQueryable<Vpc>)new Ec2VpcResource(ec2).CreateQuery();
    }

    /// <summary>
    /// Returns the value of the VPC's tag with <paramref name="key"/>, or <see langword="null"/> when it has no such
    /// tag. In a query, <c>v.Tag("env") == "prod"</c> is sent as the filter <c>tag:env = prod</c>.
    /// </summary>
    /// <param name="vpc">The VPC.</param>
    /// <param name="key">The tag key, compared ordinally as EC2 does.</param>
    /// <returns>The tag's value, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string? Tag(this Vpc vpc, string key) => Ec2Tags.Value(vpc, vpc?.Tags, key, nameof(vpc));
}
