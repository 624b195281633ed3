using Amazon.SQS;
using Microsoft.Extensions.Options;

namespace AwsLinq;

/// <summary>
/// Starts SQS queries with the application's <see cref="IAmazonSQS"/> and <see cref="AwsLinqOptions"/>; inject it
/// where a class lists queues. Added by <c>services.AddAwsLinq(...).AddSqs()</c>.
/// </summary>
public sealed class SqsQueries
{
    private readonly IOptionsMonitor<AwsLinqOptions> _options;

    internal SqsQueries(IAmazonSQS client, IOptionsMonitor<AwsLinqOptions> options)
    {
        Client = client;
        _options = options;
    }

    /// <summary>Gets the client the queries send their requests with.</summary>
    public IAmazonSQS Client { get; }

    /// <summary>
    /// Starts a query over the account's queues, as <see cref="SqsQueryableExtensions.Queues(IAmazonSQS, SqsQueryOptions?)"/>
    /// does, with the configured page size, strict mode and <see cref="AwsLinqOptions.MaxConcurrency"/>.
    /// </summary>
    /// <returns>A query over <see cref="SqsQueue"/> items.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The configured page size is outside <c>MaxResults</c>' range.</exception>
    public IAwsQueryable<SqsQueue> Queues()
    {
        var options = _options.CurrentValue;
        return QueryDefaults.Apply(Client.Queues(new SqsQueryOptions { MaxConcurrency = options.MaxConcurrency }), options);
    }
}
