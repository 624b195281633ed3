using Amazon.EC2;
using Amazon.EC2.Model;
using Microsoft.Extensions.Options;

namespace AwsLinq;

/// <summary>
/// Starts EC2 queries with the application's <see cref="IAmazonEC2"/> and <see cref="AwsLinqOptions"/>; inject it
/// where a class lists instances. Added by <c>services.AddAwsLinq(...).AddEc2()</c>.
/// </summary>
public sealed class Ec2Queries
{
    private readonly IOptionsMonitor<AwsLinqOptions> _options;

    internal Ec2Queries(IAmazonEC2 client, IOptionsMonitor<AwsLinqOptions> options)
    {
        Client = client;
        _options = options;
    }

    /// <summary>Gets the client the queries send their requests with.</summary>
    public IAmazonEC2 Client { get; }

    /// <inheritdoc cref="Ec2QueryableExtensions.Instances(IAmazonEC2)"/>
    /// <remarks>The query has the configured page size and strict mode.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The configured page size is outside <c>MaxResults</c>' range (5 to 1000).</exception>
    public IAwsQueryable<Instance> Instances() => QueryDefaults.Apply(Client.Instances(), _options.CurrentValue);
}
