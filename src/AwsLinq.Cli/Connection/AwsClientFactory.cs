using Amazon;
using Amazon.EC2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;

namespace AwsLinq.Cli.Connection;

/// <summary>
/// Creates plain SDK clients from the connection options, the way the AWS CLI reads them: an explicit option first,
/// then the profile, then the SDK's own chains (environment variables, shared files, instance roles).
/// </summary>
internal sealed class AwsClientFactory(ConnectionSettings settings, RequestCounter counter)
{
    // Custom endpoints (LocalAws, LocalStack) do not care which region a request is signed for, but the signer
    // needs one; this is the one the AWS CLI falls back to.
    private const string EndpointSigningRegion = "us-east-1";

    /// <summary>Counts the requests of every client this factory created.</summary>
    public RequestCounter Requests { get; } = counter;

    public IAmazonS3 CreateS3()
    {
        // Custom endpoints are rarely set up for bucket subdomains, so address buckets in the path.
        var config = Configure(new AmazonS3Config { ForcePathStyle = settings.EndpointUrl is not null }, out var credentials);
        return Counted(credentials is null ? new AmazonS3Client(config) : new AmazonS3Client(credentials, config));
    }

    public IAmazonEC2 CreateEc2()
    {
        var config = Configure(new AmazonEC2Config(), out var credentials);
        return Counted(credentials is null ? new AmazonEC2Client(config) : new AmazonEC2Client(credentials, config));
    }

    public IAmazonSQS CreateSqs()
    {
        var config = Configure(new AmazonSQSConfig(), out var credentials);
        return Counted(credentials is null ? new AmazonSQSClient(config) : new AmazonSQSClient(credentials, config));
    }

    private T Configure<T>(T config, out AWSCredentials? credentials)
        where T : ClientConfig
    {
        RegionEndpoint? profileRegion = null;
        credentials = null;
        if (settings.Profile is { } profile)
        {
            (credentials, profileRegion) = ProfileCredentials.Load(profile);
        }

        var region = settings.Region is { } name ? RegionEndpoint.GetBySystemName(name) : profileRegion;
        if (settings.EndpointUrl is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
            config.AuthenticationRegion = region?.SystemName
                ?? FallbackRegionFactory.GetRegionEndpoint(includeInstanceMetadata: false)?.SystemName
                ?? EndpointSigningRegion;
        }
        else if (region is not null)
        {
            config.RegionEndpoint = region;
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
