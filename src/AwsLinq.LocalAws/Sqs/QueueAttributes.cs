using static AwsLinq.LocalAws.Sqs.QueueAttributeNames;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>The settable attributes a new queue starts with, and how a request's attributes change them.</summary>
internal static class QueueAttributes
{
    public const int DefaultKmsDataKeyReusePeriodSeconds = 300;

    /// <summary>SQS's defaults; SSE-SQS encryption has been on by default for new queues since 2022.</summary>
    public static Dictionary<string, string> Defaults(bool fifo)
    {
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [VisibilityTimeout] = "30",
            [MaximumMessageSize] = "1048576",
            [MessageRetentionPeriod] = "345600",
            [DelaySeconds] = "0",
            [ReceiveMessageWaitTimeSeconds] = "0",
            [SqsManagedSseEnabled] = "true",
        };
        if (fifo)
        {
            defaults[FifoQueue] = "true";
            defaults[ContentBasedDeduplication] = "false";
            defaults[DeduplicationScope] = "queue";
            defaults[FifoThroughputLimit] = "perQueue";
        }

        return defaults;
    }

    /// <summary>Checks every attribute before any is applied, so a request with one bad value changes nothing.</summary>
    public static void ThrowIfInvalid(IReadOnlyDictionary<string, string> given, bool fifo, bool creating, QueueRegistry queues)
    {
        foreach (var (name, value) in given)
        {
            if (name == FifoQueue && !creating)
            {
                throw SqsErrors.InvalidAttributeName(name);
            }

            QueueAttributeRules.ThrowIfInvalid(name, value, fifo, queues);
        }

        if (given.GetValueOrDefault(SqsManagedSseEnabled) == "true" && !string.IsNullOrEmpty(given.GetValueOrDefault(KmsMasterKeyId)))
        {
            throw SqsErrors.InvalidParameterValue(
                "You can use one type of server-side encryption (SSE) at one time. You can either enable KMS SSE or SQS SSE.");
        }

        if (given.GetValueOrDefault(FifoThroughputLimit) == "perMessageGroupId"
            && given.GetValueOrDefault(DeduplicationScope, "queue") != "messageGroup")
        {
            throw SqsErrors.InvalidParameterValue(
                "The perMessageGroupId value is allowed only when the value for DeduplicationScope is messageGroup");
        }
    }

    /// <summary>Applies checked attributes; SSE-KMS and SSE-SQS exclude each other, so setting one clears the other.</summary>
    public static void Apply(Dictionary<string, string> target, IReadOnlyDictionary<string, string> given)
    {
        foreach (var (name, value) in given)
        {
            if (Removable.Contains(name) && value.Length == 0)
            {
                target.Remove(name);
            }
            else
            {
                target[name] = value;
            }
        }

        if (!string.IsNullOrEmpty(given.GetValueOrDefault(KmsMasterKeyId)))
        {
            target[SqsManagedSseEnabled] = "false";
            target.TryAdd(KmsDataKeyReusePeriodSeconds, SqsJson.Number(DefaultKmsDataKeyReusePeriodSeconds));
        }

        if (given.GetValueOrDefault(SqsManagedSseEnabled) == "true")
        {
            target.Remove(KmsMasterKeyId);
            target.Remove(KmsDataKeyReusePeriodSeconds);
        }
    }

    /// <summary>The first attribute a CreateQueue request gives that an existing queue of that name has otherwise.</summary>
    public static string? FirstConflict(IReadOnlyDictionary<string, string> existing, IReadOnlyDictionary<string, string> given, bool existingIsFifo)
    {
        foreach (var (name, value) in given)
        {
            var current = name == FifoQueue ? (existingIsFifo ? "true" : "false") : existing.GetValueOrDefault(name, string.Empty);
            if (!string.Equals(current, value, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }
}
