using Microsoft.Extensions.Options;

namespace AwsLinq;

/// <summary>What <see cref="S3Queries"/>, <see cref="Ec2Queries"/> and <see cref="SqsQueries"/> share: the client and the options.</summary>
/// <typeparam name="TClient">The AWS SDK client the queries send their requests with.</typeparam>
public abstract class AwsQueries<TClient>
    where TClient : class
{
    private readonly IOptionsMonitor<AwsLinqOptions> _options;

    private protected AwsQueries(TClient client, IOptionsMonitor<AwsLinqOptions> options)
    {
        Client = client;
        _options = options;
    }

    /// <summary>Gets the client the queries send their requests with.</summary>
    public TClient Client { get; }

    // Read when each query starts, so that a reloaded configuration applies to the next one.
    private protected AwsLinqOptions Options => _options.CurrentValue;

    /// <summary>Gives a query just started at an entry point the configured page size, strict mode and logging.</summary>
    private protected IAwsQueryable<T> WithDefaults<T>(IAwsQueryable<T> query, AwsLinqOptions options)
    {
        if (options.PageSize is { } pageSize)
        {
            query = query.WithPageSize(pageSize);
        }

        if (options.Logger is { } logger)
        {
            query = query.WithLogging(new QueryLogging(logger) { InMemoryWarningThreshold = options.InMemoryWarningThreshold });
        }

        return options.ServerSideOnly ? query.ServerSideOnly() : query;
    }
}
