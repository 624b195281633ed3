using Amazon.SQS;
using Microsoft.Extensions.Options;

namespace AwsLinq;

/// <summary>
/// Starts SQS queries with the application's <see cref="IAmazonSQS"/> and <see cref="AwsLinqOptions"/>; inject it
/// where a class lists queues. Added by <c>services.AddAwsLinq(...).AddSqs()</c>.
/// </summary>
public sealed class SqsQueries : AwsQueries<IAmazonSQS>
{
    internal SqsQueries(IAmazonSQS client, IOptionsMonitor<AwsLinqOptions> options)
        : base(client, options)
    {
    }

    /// <summary>
    /// Starts a query over the account's queues, as <see cref="SqsQueryableExtensions.Queues(IAmazonSQS, SqsQueryOptions?)"/>
    /// does, with the configured page size, strict mode and <see cref="AwsLinqOptions.MaxConcurrency"/>.
    /// </summary>
    /// <returns>A query over <see cref="SqsQueue"/> items.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The configured page size is outside <c>MaxResults</c>' range.</exception>
    public IAwsQueryable<SqsQueue> Queues()
    {
        var options = Options;
        return WithDefaults(Client.Queues(new SqsQueryOptions { MaxConcurrency = options.MaxConcurrency }), options);
    }
}
