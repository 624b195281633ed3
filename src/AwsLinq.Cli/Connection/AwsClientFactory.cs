using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using AwsLinq.Cli.Errors;
using AwsLinq.Providers;

namespace AwsLinq.Cli.Connection;

/// <summary>
/// Creates the SDK clients of one command, configured the way the AWS CLI reads its settings: the options first, then
/// the SDK's own configuration (environment variables, then the profile's <c>services</c> section and
/// <c>endpoint_url</c>, region and credentials). One credentials object serves every client.
/// </summary>
internal sealed class AwsClientFactory
{
    // Custom endpoints (LocalAws, LocalStack) do not care which region a request is signed for, but the signer
    // needs one; this is the one the AWS CLI falls back to.
    private const string EndpointSigningRegion = "us-east-1";

    private readonly ConnectionSettings _settings;
    private readonly RegionEndpoint? _region;
    private readonly AWSCredentials _credentials;

    public AwsClientFactory(ConnectionSettings settings, RequestCounter counter)
    {
        _settings = settings;
        Requests = counter;
        var profile = SharedProfile.Select(settings.Profile);
        _region = RegionChoice.Explicit(settings.Region);
        _credentials = new ResolvedCredentials(
            () => settings.Profile is { } name ? SharedProfile.Credentials(name) : ResolvedCredentials.DefaultChain(Configure(new AmazonSecurityTokenServiceConfig())),
            profile);
    }

    /// <summary>Counts the requests of every client this factory created.</summary>
    public RequestCounter Requests { get; }

    /// <summary>A client of a catalog's service, with the catalog's own settings for a custom endpoint.</summary>
    public AmazonServiceClient Create(ServiceCatalog service) => Create(service, null);

    /// <summary>
    /// A client for one region of <c>--regions</c>: the region's own <c>--endpoint-url region=URL</c>, else the one
    /// custom endpoint signed for the region (as LocalStack serves every region at one URL), else AWS in that region.
    /// </summary>
    public AmazonServiceClient Create(ServiceCatalog service, string? region)
    {
        ArgumentNullException.ThrowIfNull(service);
        var config = Configure(service.NewConfig(), region);
        if (config.ServiceURL is not null)
        {
            service.ForCustomEndpoint?.Invoke(config);
        }

        return Counted(service.CreateClient(_credentials, config));
    }

    public IAmazonSecurityTokenService CreateSts() => Counted(new AmazonSecurityTokenServiceClient(_credentials, Configure(new AmazonSecurityTokenServiceConfig())));

    /// <summary>Where a client of this configuration sends its requests, for prompts and errors.</summary>
    public static TargetEndpoint Describe(IClientConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var region = config.RegionEndpoint?.SystemName ?? config.AuthenticationRegion ?? EndpointSigningRegion;
        return new TargetEndpoint(region, config.ServiceURL is { } url ? UrlText.Redacted(url) : "AWS");
    }

    private T Configure<T>(T config, string? region = null)
        where T : ClientConfig
    {
        if (_settings.ReadTimeout is { } timeout)
        {
            config.Timeout = timeout;
        }

        if (region is not null && _settings.RegionEndpoints.TryGetValue(region, out var own))
        {
            config.ServiceURL = own.ToString();
        }
        else if (_settings.EndpointUrl is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
        }
        else if ((region is null ? _region : RegionEndpoint.GetBySystemName(region)) is { } regionEndpoint)
        {
            config.RegionEndpoint = regionEndpoint;
        }

        // Reading ServiceURL runs the SDK's own lookup: AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, then the profile's
        // services section and endpoint_url. What it found is set again, since a looked-up value does not survive the
        // client's constructor once read. A custom endpoint still needs a region to sign for.
        if (config.ServiceURL is { } resolved)
        {
            config.ServiceURL = resolved;
            config.AuthenticationRegion = region
                ?? _region?.SystemName
                ?? FallbackRegionFactory.GetRegionEndpoint(includeInstanceMetadata: false)?.SystemName
                ?? EndpointSigningRegion;
        }
        else if (config.RegionEndpoint is null)
        {
            throw CliException.Configuration(
                "no AWS region configured: pass --region, set AWS_REGION or AWS_DEFAULT_REGION, or give the profile a region.");
        }

        return config;
    }

    private TClient Counted<TClient>(TClient client)
        where TClient : AmazonServiceClient
    {
        Requests.Attach(client);
        return client;
    }
}
