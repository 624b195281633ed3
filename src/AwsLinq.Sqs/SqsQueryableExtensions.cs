using Amazon.SQS;
using AwsLinq.Sqs.Queues;

namespace AwsLinq;

/// <summary>Entry points for LINQ queries over Amazon SQS listings.</summary>
public static class SqsQueryableExtensions
{
    /// <summary>
    /// Starts a query over the account's queues in the client's region. Nothing is sent until the query is
    /// enumerated; then <c>ListQueues</c> is sent, always with <c>MaxResults</c> (without it SQS returns at most
    /// 1000 queues and no token), with <c>QueueNamePrefix</c> from <c>q.Name.StartsWith(p)</c>. Attributes and tags
    /// the query reads are fetched per queue that reaches them, with bounded concurrency.
    /// </summary>
    /// <remarks>
    /// Enumerate with the async operators; the AWS SDK for .NET has only asynchronous calls, so synchronous
    /// enumeration blocks the calling thread on them. A queue deleted between <c>ListQueues</c> and its
    /// attribute call is left out, as a later listing would leave it out.
    /// </remarks>
    /// <param name="sqs">The SQS client that sends the requests.</param>
    /// <param name="options">Settings, such as the concurrency of attribute calls; <see langword="null"/> for the defaults.</param>
    /// <returns>A query over <see cref="SqsQueue"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sqs"/> is <see langword="null"/>.</exception>
    public static IAwsQueryable<SqsQueue> Queues(this IAmazonSQS sqs, SqsQueryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        return new SqsQueueResource(sqs, options?.MaxConcurrency ?? new SqsQueryOptions().MaxConcurrency).CreateQuery();
    }
}
