using AwsLinq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers AwsLinq's query services beside the AWS SDK clients that <c>AddAWSService</c> registers.</summary>
public static class AwsLinqServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AwsLinqOptions"/> bound from <paramref name="configuration"/> (usually
    /// <c>builder.Configuration.GetSection("AwsLinq")</c>), validated when the host starts. Add the services to query
    /// with the returned builder: <c>services.AddAwsLinq(section).AddS3().AddSqs()</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">The section holding <c>PageSize</c>, <c>ServerSideOnly</c> and <c>MaxConcurrency</c>.</param>
    /// <returns>A builder to add the query services with.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static AwsLinqBuilder AddAwsLinq(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddAwsLinq();
        services.AddOptions<AwsLinqOptions>().Bind(configuration);
        return builder;
    }

    /// <summary>
    /// Registers <see cref="AwsLinqOptions"/>, set by <paramref name="configure"/>, validated when the host starts.
    /// Add the services to query with the returned builder: <c>services.AddAwsLinq().AddS3()</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> keeps the defaults.</param>
    /// <returns>A builder to add the query services with.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static AwsLinqBuilder AddAwsLinq(this IServiceCollection services, Action<AwsLinqOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AwsLinqOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AwsLinqOptions>, AwsLinqOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<AwsLinqOptions>, AwsLinqLoggerSetup>());
        return new AwsLinqBuilder(services);
    }
}
