using Amazon.Runtime;
using Amazon.S3;
using AwsLinq.LocalAws.Hosting;
using AwsLinq.LocalAws.S3;

namespace AwsLinq.LocalAws;

/// <summary>
/// An in-process AWS endpoint on 127.0.0.1 that the real AWS SDK clients talk to over HTTP, the way moto serves
/// boto3: S3 today (REST-XML), with the dispatcher ready to tell SQS (JSON, <c>X-Amz-Target</c>) and EC2 (query,
/// <c>Action=</c>) requests apart, which it answers with 501 for now. State lives in memory and dies with the server.
/// </summary>
public sealed class LocalAwsServer : IAsyncDisposable
{
    private readonly KestrelHost _host;

    private LocalAwsServer(KestrelHost host, LocalS3 s3, RequestLog requests, string region)
    {
        _host = host;
        S3 = s3;
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

    /// <summary>Every request the server has answered, with its operation, parameters and status.</summary>
    public RequestLog Requests { get; }

    /// <summary>Starts a server listening on 127.0.0.1 only.</summary>
    /// <param name="options">Port, region and clock; <see langword="null"/> for an ephemeral port in us-east-1.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The port is outside 0 to 65535.</exception>
    /// <exception cref="ArgumentException">The region is empty.</exception>
    /// <exception cref="IOException">The port is already in use.</exception>
    public static async Task<LocalAwsServer> StartAsync(LocalAwsOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LocalAwsOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535, nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Region, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));

        var requests = new RequestLog();
        var s3 = new LocalS3(options.Region, options.TimeProvider);
        var dispatcher = new ServiceDispatcher([new S3Service(s3)], requests);
        var host = await KestrelHost.StartAsync(options.Port, dispatcher.DispatchAsync, cancellationToken).ConfigureAwait(false);
        return new LocalAwsServer(host, s3, requests, options.Region);
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

    /// <summary>Stops the server and releases its port.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
