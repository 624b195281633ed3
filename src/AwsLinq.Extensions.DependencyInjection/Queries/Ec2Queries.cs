using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Options;

namespace AwsLinq;

/// <summary>
/// Starts EC2 queries with the application's <see cref="IAmazonEC2"/> and <see cref="AwsLinqOptions"/>; inject it
/// where a class lists instances. Added by <c>services.AddAwsLinq(...).AddEc2()</c>.
/// </summary>
public sealed class Ec2Queries : AwsQueries<IAmazonEC2>
{
    internal Ec2Queries(IAmazonEC2 client, IOptionsMonitor<AwsLinqOptions> options)
        : base(client, options)
    {
    }

    /// <inheritdoc cref="Ec2QueryableExtensions.Instances(IAmazonEC2)"/>
    /// <remarks>The query has the configured page size and strict mode.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The configured page size is outside <c>MaxResults</c>' range (5 to 1000).</exception>
    public IAwsQueryable<Instance> Instances() => WithDefaults(Client.Instances(), Options);
}
