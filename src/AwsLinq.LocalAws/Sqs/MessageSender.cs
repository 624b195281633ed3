using System.Text;
using System.Text.Json.Nodes;
using static AwsLinq.LocalAws.Sqs.QueueAttributeNames;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// What SendMessage and each SendMessageBatch entry do: check the message against its queue (size, delay, FIFO group
/// and deduplication), add it, and answer with the MD5 digests the SDK checks against what it sent.
/// </summary>
internal static class MessageSender
{
    public static JsonObject Send(SqsQueue queue, SqsMembers request, DateTimeOffset now)
    {
        var body = request.String("MessageBody");
        if (string.IsNullOrEmpty(body))
        {
            throw SqsErrors.MissingParameter("MessageBody");
        }

        var delay = request.Int("DelaySeconds");
        var groupId = request.String("MessageGroupId");
        var deduplicationId = request.String("MessageDeduplicationId");
        ThrowIfInvalidForQueue(queue, delay, groupId, deduplicationId);
        var attributes = MessageAttributes.Read(request.Object("MessageAttributes"));
        var limit = queue.IntAttribute(MaximumMessageSize);
        if (Size(body, attributes) > limit)
        {
            throw SqsErrors.MessageTooLong(limit);
        }

        var message = queue.Messages.Send(new OutgoingMessage(body, attributes, delay, groupId, deduplicationId), now);
        var answer = new JsonObject { ["MD5OfMessageBody"] = message.Md5OfBody, ["MessageId"] = message.MessageId };
        if (attributes.Count > 0)
        {
            answer["MD5OfMessageAttributes"] = MessageAttributes.Md5(attributes);
        }

        SqsJson.AddIfNotNull(answer, "SequenceNumber", message.SequenceNumber);
        return answer;
    }

    /// <summary>The bytes a message counts towards a size limit, or its body's alone when its attributes are invalid.</summary>
    public static int SizeOf(SqsMembers request)
    {
        var body = request.String("MessageBody") ?? string.Empty;
        try
        {
            return Size(body, MessageAttributes.Read(request.Object("MessageAttributes")));
        }
        catch (SqsErrorException)
        {
            return Encoding.UTF8.GetByteCount(body);
        }
    }

    private static void ThrowIfInvalidForQueue(SqsQueue queue, int? delay, string? groupId, string? deduplicationId)
    {
        const string WrongQueueType = "The request include parameter that is not valid for this queue type.";
        if (delay is { } seconds && (seconds is < 0 or > 900 || queue.IsFifo))
        {
            throw SqsErrors.OutOfRange("DelaySeconds", SqsJson.Number(seconds),
                queue.IsFifo ? WrongQueueType : "DelaySeconds must be >= 0 and <= 900.");
        }

        if (!queue.IsFifo)
        {
            // Standard queues take a MessageGroupId (fair queues) but no deduplication id.
            if (deduplicationId is not null)
            {
                throw SqsErrors.OutOfRange("MessageDeduplicationId", deduplicationId, WrongQueueType);
            }

            return;
        }

        if (groupId is null)
        {
            throw SqsErrors.MissingParameter("MessageGroupId");
        }

        if (deduplicationId is null && queue.Attribute(ContentBasedDeduplication) != "true")
        {
            throw SqsErrors.InvalidParameterValue(
                "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly");
        }
    }

    // SQS counts the body and every attribute's name, type and value towards MaximumMessageSize.
    private static int Size(string body, IReadOnlyDictionary<string, MessageAttribute> attributes) =>
        Encoding.UTF8.GetByteCount(body)
        + attributes.Sum(a => Encoding.UTF8.GetByteCount(a.Key) + Encoding.UTF8.GetByteCount(a.Value.DataType)
            + (a.Value.StringValue is { } text ? Encoding.UTF8.GetByteCount(text) : a.Value.BinaryValue!.Length));
}
