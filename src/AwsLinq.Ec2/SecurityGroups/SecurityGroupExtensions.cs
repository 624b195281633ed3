using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Filtering;
using AwsLinq.Ec2.SecurityGroups;

namespace AwsLinq;

/// <summary>Queries over security groups, and their tags by key.</summary>
public static class SecurityGroupExtensions
{
    /// <summary>
    /// Starts a query over the account's security groups in the client's region (<c>DescribeSecurityGroups</c>).
    /// Nothing is sent until the query is enumerated; then equality on filterable fields (<c>GroupName</c>,
    /// <c>VpcId</c>...), rules through <c>IpPermissions.Any(p =&gt; p.Ipv4Ranges.Any(r =&gt; r.CidrIp == "0.0.0.0/0"))</c>,
    /// tags and string matches become EC2 <c>Filters</c>, <c>Take</c> and <c>WithPageSize</c> become <c>MaxResults</c>
    /// (5 to 1000), and the rest runs in memory.
    /// </summary>
    /// <param name="ec2">The EC2 client that sends the requests.</param>
    /// <returns>A query over <see cref="SecurityGroup"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ec2"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<SecurityGroup> SecurityGroups(this IAmazonEC2 ec2)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        return (IAwsQueryable<SecurityGroup>)new Ec2SecurityGroupResource(ec2).CreateQuery();
    }

    /// <summary>
    /// Returns the value of the group's tag with <paramref name="key"/>, or <see langword="null"/> when it has no such
    /// tag. In a query, <c>g.Tag("team") == "web"</c> is sent as the filter <c>tag:team = web</c>.
    /// </summary>
    /// <param name="group">The security group.</param>
    /// <param name="key">The tag key, compared ordinally as EC2 does.</param>
    /// <returns>The tag's value, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string? Tag(this SecurityGroup group, string key) => Ec2Tags.Value(group, group?.Tags, key, nameof(group));
}
