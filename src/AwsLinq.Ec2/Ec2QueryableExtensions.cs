using Amazon.EC2;
using Amazon.EC2.Model;
using AwsLinq.Ec2.Instances;

namespace AwsLinq;

/// <summary>Entry points for LINQ queries over Amazon EC2 listings.</summary>
public static class Ec2QueryableExtensions
{
    /// <summary>
    /// Starts a query over the account's instances in the client's region, flattened from the reservations
    /// <c>DescribeInstances</c> returns. Nothing is sent until the query is enumerated; then equality on
    /// filterable fields, <c>values.Contains(i.X)</c>, tags and string matches become EC2 <c>Filters</c>,
    /// <c>Take</c> and <c>WithPageSize</c> become <c>MaxResults</c> (5 to 1000), and the rest runs in memory.
    /// </summary>
    /// <remarks>
    /// Enumerate with the async operators; the AWS SDK for .NET has only asynchronous calls, so synchronous
    /// enumeration blocks the calling thread on them. Instance ids are sent as the <c>instance-id</c> filter,
    /// not as <c>InstanceIds</c>: EC2 fails a whole <c>InstanceIds</c> call for one unknown id and refuses
    /// <c>MaxResults</c> beside it, while the filter matches what exists and pages.
    /// </remarks>
    /// <param name="ec2">The EC2 client that sends the requests.</param>
    /// <returns>A query over <see cref="Instance"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ec2"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<Instance> Instances(this IAmazonEC2 ec2)
    {
        ArgumentNullException.ThrowIfNull(ec2);
        return new Ec2InstanceResource(ec2).CreateQuery();
    }
}
