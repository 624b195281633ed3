using System.Globalization;
using System.Reflection;

namespace AwsLinq.Sqs.Queues;

/// <summary>The <see cref="SqsQueue"/> properties that come from <c>GetQueueAttributes</c>, by SQS attribute name.</summary>
internal static class QueueAttributes
{
    public static IReadOnlyDictionary<PropertyInfo, string> ByProperty { get; } = new Dictionary<PropertyInfo, string>
    {
        [Property(nameof(SqsQueue.ApproximateNumberOfMessages))] = "ApproximateNumberOfMessages",
        [Property(nameof(SqsQueue.ApproximateNumberOfMessagesNotVisible))] = "ApproximateNumberOfMessagesNotVisible",
        [Property(nameof(SqsQueue.ApproximateNumberOfMessagesDelayed))] = "ApproximateNumberOfMessagesDelayed",
        [Property(nameof(SqsQueue.VisibilityTimeout))] = "VisibilityTimeout",
        [Property(nameof(SqsQueue.MessageRetentionPeriod))] = "MessageRetentionPeriod",
        [Property(nameof(SqsQueue.MaximumMessageSize))] = "MaximumMessageSize",
        [Property(nameof(SqsQueue.DelaySeconds))] = "DelaySeconds",
        [Property(nameof(SqsQueue.ReceiveMessageWaitTimeSeconds))] = "ReceiveMessageWaitTimeSeconds",
        [Property(nameof(SqsQueue.CreatedTimestamp))] = "CreatedTimestamp",
        [Property(nameof(SqsQueue.LastModifiedTimestamp))] = "LastModifiedTimestamp",
        [Property(nameof(SqsQueue.Arn))] = "QueueArn",
        [Property(nameof(SqsQueue.ContentBasedDeduplication))] = "ContentBasedDeduplication",
        [Property(nameof(SqsQueue.RedrivePolicy))] = "RedrivePolicy",
        [Property(nameof(SqsQueue.KmsMasterKeyId))] = "KmsMasterKeyId",
    };

    public static PropertyInfo Tags { get; } = Property(nameof(SqsQueue.Tags));

    /// <summary>The queue with the attributes SQS returned filled in; attributes not returned stay null.</summary>
    public static SqsQueue Apply(SqsQueue queue, IReadOnlyDictionary<string, string> attributes)
    {
        string? Text(string name) => attributes.TryGetValue(name, out var value) ? value : null;
        long? Long(string name) => long.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        int? Int(string name) => int.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

        // SQS sends timestamps as seconds since the epoch.
        DateTimeOffset? Time(string name) => Long(name) is long seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
        bool? Bool(string name) => bool.TryParse(Text(name), out var v) ? v : null;

        return queue with
        {
            ApproximateNumberOfMessages = Long("ApproximateNumberOfMessages"),
            ApproximateNumberOfMessagesNotVisible = Long("ApproximateNumberOfMessagesNotVisible"),
            ApproximateNumberOfMessagesDelayed = Long("ApproximateNumberOfMessagesDelayed"),
            VisibilityTimeout = Int("VisibilityTimeout"),
            MessageRetentionPeriod = Int("MessageRetentionPeriod"),
            MaximumMessageSize = Int("MaximumMessageSize"),
            DelaySeconds = Int("DelaySeconds"),
            ReceiveMessageWaitTimeSeconds = Int("ReceiveMessageWaitTimeSeconds"),
            CreatedTimestamp = Time("CreatedTimestamp"),
            LastModifiedTimestamp = Time("LastModifiedTimestamp"),
            Arn = Text("QueueArn"),
            ContentBasedDeduplication = Bool("ContentBasedDeduplication"),
            RedrivePolicy = Text("RedrivePolicy"),
            KmsMasterKeyId = Text("KmsMasterKeyId"),
        };
    }

    private static PropertyInfo Property(string name) => typeof(SqsQueue).GetProperty(name)!;
}
