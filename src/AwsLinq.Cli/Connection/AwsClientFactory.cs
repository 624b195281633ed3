using Amazon;
using Amazon.EC2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;
using Amazon.SQS;
using AwsLinq.Cli.Errors;

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

    public IAmazonS3 CreateS3()
    {
        var config = Configure(new AmazonS3Config());

        // Custom endpoints are rarely set up for bucket subdomains, so address buckets in the path.
        config.ForcePathStyle = config.ServiceURL is not null;
        return Counted(new AmazonS3Client(_credentials, config));
    }

    public IAmazonEC2 CreateEc2() => Counted(new AmazonEC2Client(_credentials, Configure(new AmazonEC2Config())));

    public IAmazonSQS CreateSqs() => Counted(new AmazonSQSClient(_credentials, Configure(new AmazonSQSConfig())));

    public IAmazonSecurityTokenService CreateSts() => Counted(new AmazonSecurityTokenServiceClient(_credentials, Configure(new AmazonSecurityTokenServiceConfig())));

    /// <summary>Where a client of this configuration sends its requests, for prompts and errors.</summary>
    public static TargetEndpoint Describe(IClientConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var region = config.RegionEndpoint?.SystemName ?? config.AuthenticationRegion ?? EndpointSigningRegion;
        return new TargetEndpoint(region, config.ServiceURL is { } url ? UrlText.Redacted(url) : "AWS");
    }

    private T Configure<T>(T config)
        where T : ClientConfig
    {
        if (_settings.ReadTimeout is { } timeout)
        {
            config.Timeout = timeout;
        }

        if (_settings.EndpointUrl is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
        }
        else if (_region is not null)
        {
            config.RegionEndpoint = _region;
        }

        // Reading ServiceURL runs the SDK's own lookup: AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, then the profile's
        // services section and endpoint_url. What it found is set again, since a looked-up value does not survive the
        // client's constructor once read. A custom endpoint still needs a region to sign for.
        if (config.ServiceURL is { } resolved)
        {
            config.ServiceURL = resolved;
            config.AuthenticationRegion = _region?.SystemName
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
