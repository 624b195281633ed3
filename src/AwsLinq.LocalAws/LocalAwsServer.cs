using Amazon.EC2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SQS;
using AwsLinq.LocalAws.Ec2;
using AwsLinq.LocalAws.Hosting;
using AwsLinq.LocalAws.S3;
using AwsLinq.LocalAws.Sqs;

namespace AwsLinq.LocalAws;

/// <summary>
/// An in-process AWS endpoint on 127.0.0.1 that the real AWS SDK clients talk to over HTTP, the way moto serves
/// boto3: S3 (REST-XML) and EC2 instances (query, <c>Action=</c>) today, SQS queues and messages too (JSON 1.0,
/// <c>X-Amz-Target</c>). State lives in memory and dies with the server.
/// </summary>
public sealed class LocalAwsServer : IAsyncDisposable
{
    private readonly KestrelHost _host;

    private LocalAwsServer(KestrelHost host, LocalS3 s3, LocalEc2 ec2, LocalSqs sqs, RequestLog requests, string region)
    {
        _host = host;
        S3 = s3;
        Ec2 = ec2;
        Sqs = sqs;
        Requests = requests;
        Region = region;
        ServiceUrl = new Uri($"http://127.0.0.1:{host.Port}/");
    }

    /// <summary>The base address of the endpoint, <c>http://127.0.0.1:&lt;port&gt;/</c>, for any SDK client's ServiceURL.</summary>
    public Uri ServiceUrl { get; }

    /// <summary>The region the endpoint claims to be.</summary>
    public string Region { get; }

    /// <summary>The in-memory S3 state: buckets, objects, seeding and fault injection.</summary>
    public LocalS3 S3 { get; }

    /// <summary>The in-memory EC2 state: instances, seeding and fault injection.</summary>
    public LocalEc2 Ec2 { get; }

    /// <summary>The in-memory SQS state: queues, messages and seeding.</summary>
    public LocalSqs Sqs { get; }

    /// <summary>Every request the server has answered, with its operation, parameters and status.</summary>
    public RequestLog Requests { get; }

    /// <summary>Starts a server listening on 127.0.0.1 only.</summary>
    /// <param name="options">Port, region and clock; <see langword="null"/> for an ephemeral port in us-east-1.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The port is outside 0 to 65535.</exception>
    /// <exception cref="ArgumentException">The region is empty, or a fault rule names a service the endpoint does not serve or does not apply to its operation.</exception>
    /// <exception cref="IOException">The port is already in use.</exception>
    public static async Task<LocalAwsServer> StartAsync(LocalAwsOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LocalAwsOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535, nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Region, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Latency, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Jitter, TimeSpan.Zero, nameof(options));

        var requests = new RequestLog();
        var s3 = new LocalS3(options.Region, options.TimeProvider, options.Seed);
        var ec2 = new LocalEc2(options.Region, options.TimeProvider, options.Seed);
        Uri? serviceUrl = null;
        var sqs = new LocalSqs(options.Region, options.TimeProvider, () => serviceUrl!, options.Seed);

        // One line per service. A request signed for a service goes to it; an unsigned one to the first that claims
        // its shape, so narrower shapes come first and S3, which claims everything, comes last.
        ILocalService[] services = [new SqsService(sqs), new Sts.StsService(new Sts.LocalSts(options.TimeProvider, options.Seed)), new Ec2Service(ec2), new S3Service(s3)];
        ApplyFaults(options, services);
        var latency = new LatencyModel(options.Latency, options.Jitter, options.Seed);
        var dispatcher = new ServiceDispatcher(services, requests, latency, options.TimeProvider, () => serviceUrl!);
        var host = await KestrelHost.StartAsync(options.Port, dispatcher.DispatchAsync, cancellationToken).ConfigureAwait(false);
        var server = new LocalAwsServer(host, s3, ec2, sqs, requests, options.Region);
        serviceUrl = server.ServiceUrl;
        return server;
    }

    /// <summary>
    /// Creates an <see cref="AmazonS3Client"/> for this endpoint: ServiceURL set to <see cref="ServiceUrl"/>,
    /// path-style addressing, signing for <see cref="Region"/>, and dummy credentials (<c>local</c>/<c>local</c>),
    /// which the endpoint does not check. Everything else keeps the SDK's defaults.
    /// </summary>
    /// <param name="configure">Runs last, to change any setting.</param>
    /// <returns>A new client; the caller disposes it.</returns>
    public AmazonS3Client CreateS3Client(Action<AmazonS3Config>? configure = null)
    {
        var config = new AmazonS3Config
        {
            ServiceURL = ServiceUrl.ToString(),
            ForcePathStyle = true,
            AuthenticationRegion = Region,
        };
        configure?.Invoke(config);
        return new AmazonS3Client(new BasicAWSCredentials("local", "local"), config);
    }

    /// <summary>
    /// Creates an <see cref="AmazonEC2Client"/> for this endpoint: ServiceURL set to <see cref="ServiceUrl"/>, signing
    /// for <see cref="Region"/>, and dummy credentials (<c>local</c>/<c>local</c>), which the endpoint does not check.
    /// </summary>
    /// <param name="configure">Runs last, to change any setting.</param>
    /// <returns>A new client; the caller disposes it.</returns>
    public AmazonEC2Client CreateEc2Client(Action<AmazonEC2Config>? configure = null)
    {
        var config = new AmazonEC2Config { ServiceURL = ServiceUrl.ToString(), AuthenticationRegion = Region };
        configure?.Invoke(config);
        return new AmazonEC2Client(new BasicAWSCredentials("local", "local"), config);
    }

    /// <summary>
    /// Creates an <see cref="AmazonSQSClient"/> for this endpoint: ServiceURL set to <see cref="ServiceUrl"/>, signing
    /// for <see cref="Region"/>, and dummy credentials (<c>local</c>/<c>local</c>), which the endpoint does not check.
    /// </summary>
    /// <param name="configure">Runs last, to change any setting.</param>
    /// <returns>A new client; the caller disposes it.</returns>
    public AmazonSQSClient CreateSqsClient(Action<AmazonSQSConfig>? configure = null)
    {
        var config = new AmazonSQSConfig { ServiceURL = ServiceUrl.ToString(), AuthenticationRegion = Region };
        configure?.Invoke(config);
        return new AmazonSQSClient(new BasicAWSCredentials("local", "local"), config);
    }

    private static void ApplyFaults(LocalAwsOptions options, IReadOnlyList<ILocalService> services)
    {
        ArgumentNullException.ThrowIfNull(options.Faults, nameof(options));
        ArgumentNullException.ThrowIfNull(options.RateLimits, nameof(options));
        foreach (var rule in options.Faults)
        {
            FaultsOf(services, rule.Service, $"The fault rule '{rule}'", nameof(LocalAwsOptions.Faults))
                .Add(rule.Operation, rule.Fault, rule.Rate, rule.Times);
        }

        foreach (var limit in options.RateLimits)
        {
            FaultsOf(services, limit.Service, $"The rate limit '{limit}'", nameof(LocalAwsOptions.RateLimits))
                .Limit(limit.Operation, limit.RequestsPerSecond);
        }
    }

    private static LocalFaults FaultsOf(IReadOnlyList<ILocalService> services, string name, string what, string option) =>
        services.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))?.Faults
        ?? throw new ArgumentException(
            $"{what} names the service '{name}'; the endpoint serves {string.Join(", ", services.Select(s => s.Name))}.", option);

    /// <summary>Stops the server and releases its port.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
