using System.Collections.Frozen;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>The queue attribute names SQS knows, split into those a request may set and those it can only read.</summary>
internal static class QueueAttributeNames
{
    public const string All = "All";
    public const string ApproximateNumberOfMessages = "ApproximateNumberOfMessages";
    public const string ApproximateNumberOfMessagesNotVisible = "ApproximateNumberOfMessagesNotVisible";
    public const string ApproximateNumberOfMessagesDelayed = "ApproximateNumberOfMessagesDelayed";
    public const string CreatedTimestamp = "CreatedTimestamp";
    public const string LastModifiedTimestamp = "LastModifiedTimestamp";
    public const string QueueArn = "QueueArn";
    public const string DelaySeconds = "DelaySeconds";
    public const string MaximumMessageSize = "MaximumMessageSize";
    public const string MessageRetentionPeriod = "MessageRetentionPeriod";
    public const string ReceiveMessageWaitTimeSeconds = "ReceiveMessageWaitTimeSeconds";
    public const string VisibilityTimeout = "VisibilityTimeout";
    public const string Policy = "Policy";
    public const string RedrivePolicy = "RedrivePolicy";
    public const string RedriveAllowPolicy = "RedriveAllowPolicy";
    public const string KmsMasterKeyId = "KmsMasterKeyId";
    public const string KmsDataKeyReusePeriodSeconds = "KmsDataKeyReusePeriodSeconds";
    public const string SqsManagedSseEnabled = "SqsManagedSseEnabled";
    public const string FifoQueue = "FifoQueue";
    public const string ContentBasedDeduplication = "ContentBasedDeduplication";
    public const string DeduplicationScope = "DeduplicationScope";
    public const string FifoThroughputLimit = "FifoThroughputLimit";

    /// <summary>Computed on every read; never stored, never settable.</summary>
    public static readonly FrozenSet<string> Computed = FrozenSet.Create(
        StringComparer.Ordinal,
        ApproximateNumberOfMessages, ApproximateNumberOfMessagesNotVisible, ApproximateNumberOfMessagesDelayed,
        CreatedTimestamp, LastModifiedTimestamp, QueueArn);

    /// <summary>What CreateQueue and SetQueueAttributes accept (FifoQueue at creation only).</summary>
    public static readonly FrozenSet<string> Settable = FrozenSet.Create(
        StringComparer.Ordinal,
        DelaySeconds, MaximumMessageSize, MessageRetentionPeriod, ReceiveMessageWaitTimeSeconds, VisibilityTimeout,
        Policy, RedrivePolicy, RedriveAllowPolicy, KmsMasterKeyId, KmsDataKeyReusePeriodSeconds, SqsManagedSseEnabled,
        FifoQueue, ContentBasedDeduplication, DeduplicationScope, FifoThroughputLimit);

    /// <summary>Only FIFO queues have these; on a standard queue SQS calls them unknown.</summary>
    public static readonly FrozenSet<string> FifoOnly = FrozenSet.Create(
        StringComparer.Ordinal, ContentBasedDeduplication, DeduplicationScope, FifoThroughputLimit);

    /// <summary>Setting one of these to an empty string removes it from the queue.</summary>
    public static readonly FrozenSet<string> Removable = FrozenSet.Create(
        StringComparer.Ordinal, Policy, RedrivePolicy, RedriveAllowPolicy, KmsMasterKeyId);

    public static bool IsKnown(string name) => name == All || Computed.Contains(name) || Settable.Contains(name);
}
