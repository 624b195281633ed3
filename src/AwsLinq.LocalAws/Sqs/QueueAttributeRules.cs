using System.Globalization;
using System.Text.Json;
using static AwsLinq.LocalAws.Sqs.QueueAttributeNames;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// Checks one attribute value the way CreateQueue and SetQueueAttributes do: integers within SQS's ranges, booleans
/// spelled <c>true</c>/<c>false</c>, the FIFO-only enums, and RedrivePolicy pointing at an existing queue of the same type.
/// </summary>
internal static class QueueAttributeRules
{
    private static readonly Dictionary<string, (int Min, int Max)> Ranges = new(StringComparer.Ordinal)
    {
        [DelaySeconds] = (0, 900),
        [MaximumMessageSize] = (1024, 1_048_576),
        [MessageRetentionPeriod] = (60, 1_209_600),
        [ReceiveMessageWaitTimeSeconds] = (0, 20),
        [VisibilityTimeout] = (0, 43_200),
        [KmsDataKeyReusePeriodSeconds] = (60, 86_400),
    };

    public static void ThrowIfInvalid(string name, string value, bool fifo, QueueRegistry queues)
    {
        if (!Settable.Contains(name) || (!fifo && FifoOnly.Contains(name)))
        {
            throw SqsErrors.InvalidAttributeName(name);
        }

        if (Ranges.TryGetValue(name, out var range))
        {
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                || number < range.Min || number > range.Max)
            {
                throw SqsErrors.InvalidAttributeValue(name);
            }

            return;
        }

        var valid = name switch
        {
            SqsManagedSseEnabled or ContentBasedDeduplication or FifoQueue => value is "true" or "false",
            DeduplicationScope => value is "messageGroup" or "queue",
            FifoThroughputLimit => value is "perQueue" or "perMessageGroupId",
            Policy or RedriveAllowPolicy => value.Length == 0 || IsJsonObject(value),
            _ => true,
        };
        if (!valid)
        {
            throw SqsErrors.InvalidAttributeValue(name);
        }

        if (name == RedrivePolicy && value.Length > 0)
        {
            ThrowIfInvalidRedrivePolicy(value, fifo, queues);
        }
    }

    private static void ThrowIfInvalidRedrivePolicy(string value, bool fifo, QueueRegistry queues)
    {
        string Invalid(string reason) => $"Value {value} for parameter RedrivePolicy is invalid. Reason: {reason}";
        if (!IsJsonObject(value))
        {
            throw SqsErrors.InvalidParameterValue(
                "Invalid value for the parameter RedrivePolicy. Reason: Redrive policy is not a valid JSON map.");
        }

        using var policy = JsonDocument.Parse(value);
        var root = policy.RootElement;
        if (!root.TryGetProperty("maxReceiveCount", out var count))
        {
            throw SqsErrors.InvalidParameterValue(Invalid("Redrive policy does not contain mandatory attribute: maxReceiveCount."));
        }

        if (!root.TryGetProperty("deadLetterTargetArn", out var target) || target.ValueKind != JsonValueKind.String)
        {
            throw SqsErrors.InvalidParameterValue(Invalid("Redrive policy does not contain mandatory attribute: deadLetterTargetArn."));
        }

        var countText = count.ValueKind == JsonValueKind.String ? count.GetString() : count.GetRawText();
        if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var maxReceiveCount)
            || maxReceiveCount is < 1 or > 1000)
        {
            throw SqsErrors.InvalidParameterValue(Invalid(
                $"Invalid value for maxReceiveCount: {countText}, valid values are from 1 to 1000 both inclusive."));
        }

        var deadLetterQueue = queues.FindByArn(target.GetString()!)
            ?? throw SqsErrors.InvalidParameterValue(Invalid("Dead letter target does not exist."));
        if (deadLetterQueue.IsFifo != fifo)
        {
            throw SqsErrors.InvalidParameterValue(Invalid("Dead-letter queue must be same type of queue as the source.."));
        }
    }

    private static bool IsJsonObject(string value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
