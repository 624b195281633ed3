using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AwsLinq;

/// <summary>Gives the options the container's logger, category <c>AwsLinq</c>, when the application has logging.</summary>
internal sealed class AwsLinqLoggerSetup(IServiceProvider services) : IPostConfigureOptions<AwsLinqOptions>
{
    public void PostConfigure(string? name, AwsLinqOptions options) =>
        options.Logger ??= (services.GetService(typeof(ILoggerFactory)) as ILoggerFactory)?.CreateLogger("AwsLinq");
}
