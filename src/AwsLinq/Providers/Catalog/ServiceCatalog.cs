using Amazon.Runtime;

namespace AwsLinq.Providers;

/// <summary>
/// One AWS service as tools such as the <c>awslinq</c> command offer it: how to make its client and the collections
/// it lists. A service package declares one; a collection added to it appears in the tools with no code of their own.
/// </summary>
public sealed class ServiceCatalog
{
    /// <summary>Gets the service's command name, for example <c>s3</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets what the service's commands do, in one sentence.</summary>
    public required string Description { get; init; }

    /// <summary>Gets a new client configuration with the SDK's defaults, for the tool to set region and endpoint on.</summary>
    public required Func<ClientConfig> NewConfig { get; init; }

    /// <summary>Gets what to change in the configuration for a custom endpoint (S3 addresses buckets in the path there), or <see langword="null"/>.</summary>
    public Action<ClientConfig>? ForCustomEndpoint { get; init; }

    /// <summary>Gets how to make a client from credentials (<see langword="null"/> for the SDK's own chain) and a configuration.</summary>
    public required Func<AWSCredentials?, ClientConfig, AmazonServiceClient> CreateClient { get; init; }

    /// <summary>Gets the collections the service lists.</summary>
    public required IReadOnlyList<ICollectionEntry> Collections { get; init; }
}
