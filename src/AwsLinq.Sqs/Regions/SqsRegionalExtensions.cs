using Amazon.SQS;

namespace AwsLinq;

/// <summary>SQS queries over several regions at once.</summary>
public static class SqsRegionalExtensions
{
    /// <summary>
    /// Starts a query over the queues of every region of <paramref name="clients"/>, each tagged with its region, as
    /// <see cref="SqsQueryableExtensions.Queues"/> lists one region: <c>x.Item.Name.StartsWith(p)</c> becomes each
    /// region's <c>QueueNamePrefix</c>, attributes are read from the queue's own region, and a predicate on
    /// <c>x.Region</c> picks the regions asked.
    /// </summary>
    /// <typeparam name="TClient">The SQS client type.</typeparam>
    /// <param name="clients">One SQS client per region, from <see cref="AwsRegions.For{TClient}"/>.</param>
    /// <param name="options">Settings, such as the concurrency of attribute calls; <see langword="null"/> for the defaults.</param>
    /// <returns>A query over the regions' queues, in the order of the regions, then of each region's listing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clients"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<Regional<SqsQueue>> Queues<TClient>(this RegionalClients<TClient> clients, SqsQueryOptions? options = null)
        where TClient : IAmazonSQS
    {
        ArgumentNullException.ThrowIfNull(clients);
        return clients.Query((_, sqs) => sqs.Queues(options));
    }
}
