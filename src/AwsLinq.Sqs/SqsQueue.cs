using AwsLinq.Sqs.Queues;

namespace AwsLinq;

/// <summary>
/// An SQS queue as AwsLinq lists it: its URL and name from <c>ListQueues</c>, and the attributes and tags the
/// query reads, fetched with <c>GetQueueAttributes</c> and <c>ListQueueTags</c> only when it reads them. A
/// property the query does not read is <see langword="null"/>.
/// </summary>
public sealed record SqsQueue
{
    internal SqsQueue(string url)
    {
        Url = url;
        var slash = url.TrimEnd('/').LastIndexOf('/');
        Name = url.TrimEnd('/')[(slash + 1)..];
    }

    /// <summary>Gets the queue URL.</summary>
    public string Url { get; }

    /// <summary>Gets the queue name, the last segment of its URL.</summary>
    public string Name { get; }

    /// <summary>Gets whether the queue is a FIFO queue (its name ends in <c>.fifo</c>, as SQS requires).</summary>
    public bool IsFifo => Name.EndsWith(".fifo", StringComparison.Ordinal);

    /// <summary>Gets the <c>ApproximateNumberOfMessages</c> attribute: messages available for retrieval.</summary>
    [QueueAttribute("ApproximateNumberOfMessages")]
    public long? ApproximateNumberOfMessages { get; init; }

    /// <summary>Gets the <c>ApproximateNumberOfMessagesNotVisible</c> attribute: messages in flight.</summary>
    [QueueAttribute("ApproximateNumberOfMessagesNotVisible")]
    public long? ApproximateNumberOfMessagesNotVisible { get; init; }

    /// <summary>Gets the <c>ApproximateNumberOfMessagesDelayed</c> attribute.</summary>
    [QueueAttribute("ApproximateNumberOfMessagesDelayed")]
    public long? ApproximateNumberOfMessagesDelayed { get; init; }

    /// <summary>Gets the <c>VisibilityTimeout</c> attribute, in seconds.</summary>
    [QueueAttribute("VisibilityTimeout")]
    public int? VisibilityTimeout { get; init; }

    /// <summary>Gets the <c>MessageRetentionPeriod</c> attribute, in seconds.</summary>
    [QueueAttribute("MessageRetentionPeriod")]
    public int? MessageRetentionPeriod { get; init; }

    /// <summary>Gets the <c>MaximumMessageSize</c> attribute, in bytes.</summary>
    [QueueAttribute("MaximumMessageSize")]
    public int? MaximumMessageSize { get; init; }

    /// <summary>Gets the <c>DelaySeconds</c> attribute.</summary>
    [QueueAttribute("DelaySeconds")]
    public int? DelaySeconds { get; init; }

    /// <summary>Gets the <c>ReceiveMessageWaitTimeSeconds</c> attribute.</summary>
    [QueueAttribute("ReceiveMessageWaitTimeSeconds")]
    public int? ReceiveMessageWaitTimeSeconds { get; init; }

    /// <summary>Gets the <c>CreatedTimestamp</c> attribute.</summary>
    [QueueAttribute("CreatedTimestamp")]
    public DateTimeOffset? CreatedTimestamp { get; init; }

    /// <summary>Gets the <c>LastModifiedTimestamp</c> attribute.</summary>
    [QueueAttribute("LastModifiedTimestamp")]
    public DateTimeOffset? LastModifiedTimestamp { get; init; }

    /// <summary>Gets the <c>QueueArn</c> attribute.</summary>
    [QueueAttribute("QueueArn")]
    public string? Arn { get; init; }

    /// <summary>Gets the <c>ContentBasedDeduplication</c> attribute (FIFO queues).</summary>
    [QueueAttribute("ContentBasedDeduplication")]
    public bool? ContentBasedDeduplication { get; init; }

    /// <summary>Gets the <c>RedrivePolicy</c> attribute, the JSON SQS stores.</summary>
    [QueueAttribute("RedrivePolicy")]
    public string? RedrivePolicy { get; init; }

    /// <summary>Gets the <c>KmsMasterKeyId</c> attribute.</summary>
    [QueueAttribute("KmsMasterKeyId")]
    public string? KmsMasterKeyId { get; init; }

    /// <summary>Gets the queue's tags, from <c>ListQueueTags</c>; empty when it has none.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
