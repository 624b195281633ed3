using Amazon.SQS;
using AwsLinq.Sqs.DeadLetterSources;
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
        return new SqsQueueResource(sqs, MaxConcurrency(options)).CreateQuery();
    }

    /// <summary>
    /// Starts a query over the dead-letter source queues of a queue: the queues whose redrive policy
    /// (<c>RedrivePolicy</c>'s <c>deadLetterTargetArn</c>) sends their failed messages to it. Nothing is sent until the
    /// query is enumerated; then <c>ListDeadLetterSourceQueues</c> is sent with <c>QueueUrl</c> and, always,
    /// <c>MaxResults</c> (without it SQS returns at most 1000 queues and no token). The operation takes no filter, so
    /// every predicate, <c>q.Name.StartsWith(p)</c> included, runs in memory. Attributes and tags are read as by
    /// <see cref="Queues"/>, and the queues take the same batch actions (<see cref="SqsBatchActions"/>).
    /// </summary>
    /// <remarks>
    /// It takes the dead-letter queue's URL, as <c>s3.Objects(bucket)</c> takes a bucket name: the URL is what a
    /// deployment knows its dead-letter queue by, and it needs no listing first. To start from a queue query, pass
    /// its <see cref="SqsQueue.Url"/>. A dead-letter queue that does not exist fails the query with SQS's
    /// <c>QueueDoesNotExistException</c>.
    /// </remarks>
    /// <param name="sqs">The SQS client that sends the requests.</param>
    /// <param name="deadLetterQueueUrl">The URL of the dead-letter queue, as <c>GetQueueUrl</c> or <c>ListQueues</c> gives it.</param>
    /// <param name="options">Settings, such as the concurrency of attribute calls; <see langword="null"/> for the defaults.</param>
    /// <returns>A query over the source queues, as <see cref="SqsQueue"/> items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sqs"/> or <paramref name="deadLetterQueueUrl"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="deadLetterQueueUrl"/> is empty or white space.</exception>
    public static IAwsQueryable<SqsQueue> DeadLetterSourceQueues(this IAmazonSQS sqs, string deadLetterQueueUrl, SqsQueryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        ArgumentException.ThrowIfNullOrWhiteSpace(deadLetterQueueUrl);
        return new DeadLetterSourceQueueResource(sqs, deadLetterQueueUrl, MaxConcurrency(options)).CreateQuery();
    }

    private static int MaxConcurrency(SqsQueryOptions? options) => options?.MaxConcurrency ?? new SqsQueryOptions().MaxConcurrency;
}
