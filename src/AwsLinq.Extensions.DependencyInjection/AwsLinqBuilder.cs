using Amazon.EC2;
using Amazon.S3;
using Amazon.SQS;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AwsLinq;

/// <summary>
/// Adds AwsLinq's query services, one per AWS service, each a singleton over the client the application registers
/// with <c>services.AddAWSService&lt;IAmazonS3&gt;()</c> and friends (AWSSDK.Extensions.NETCore.Setup).
/// </summary>
/// <remarks>Each service is added on its own, so an application that lists only S3 never loads the EC2 SDK.</remarks>
public sealed class AwsLinqBuilder
{
    internal AwsLinqBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the application's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds <see cref="S3Queries"/>, over the application's <see cref="IAmazonS3"/>.</summary>
    /// <returns>This builder.</returns>
    public AwsLinqBuilder AddS3() => Add(provider => new S3Queries(Client<IAmazonS3, S3Queries>(provider), Options(provider)));

    /// <summary>Adds <see cref="Ec2Queries"/>, over the application's <see cref="IAmazonEC2"/>.</summary>
    /// <returns>This builder.</returns>
    public AwsLinqBuilder AddEc2() => Add(provider => new Ec2Queries(Client<IAmazonEC2, Ec2Queries>(provider), Options(provider)));

    /// <summary>Adds <see cref="SqsQueries"/>, over the application's <see cref="IAmazonSQS"/>.</summary>
    /// <returns>This builder.</returns>
    public AwsLinqBuilder AddSqs() => Add(provider => new SqsQueries(Client<IAmazonSQS, SqsQueries>(provider), Options(provider)));

    private AwsLinqBuilder Add<TQueries>(Func<IServiceProvider, TQueries> create)
        where TQueries : class
    {
        if (!Services.Any(s => s.ServiceType == typeof(TQueries)))
        {
            Services.AddSingleton(create);
        }

        return this;
    }

    private static IOptionsMonitor<AwsLinqOptions> Options(IServiceProvider provider) => provider.GetRequiredService<IOptionsMonitor<AwsLinqOptions>>();

    private static TClient Client<TClient, TQueries>(IServiceProvider provider)
        where TClient : class =>
        provider.GetService<TClient>() ?? throw new InvalidOperationException(
            $"{typeof(TQueries).Name} needs an {typeof(TClient).Name} client, and none is registered. " +
            $"Register one with services.AddAWSService<{typeof(TClient).Name}>() (AWSSDK.Extensions.NETCore.Setup) or services.AddSingleton<{typeof(TClient).Name}>(...).");
}
