using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>One received message as SQS writes it, with the system and message attributes the request asked for.</summary>
internal static class ReceivedMessageJson
{
    public static JsonObject Write(Delivery delivery, bool fifo, IReadOnlyList<string> systemNames, IReadOnlyList<string> attributeNames)
    {
        var message = delivery.Message;
        var json = new JsonObject
        {
            ["MessageId"] = message.MessageId,
            ["ReceiptHandle"] = delivery.ReceiptHandle,
            ["MD5OfBody"] = message.Md5OfBody,
            ["Body"] = message.Body,
        };
        var all = systemNames.Contains("All", StringComparer.Ordinal);
        SqsJson.AddIfNotNull(json, "Attributes", SqsJson.Map(SystemAttributes(delivery, fifo)
            .Where(a => all || systemNames.Contains(a.Key, StringComparer.Ordinal))));

        var selected = MessageAttributes.Select(message.Attributes, attributeNames);
        if (selected.Count > 0)
        {
            // The SDK checks this digest against the attributes it received, so it covers only those returned.
            json["MD5OfMessageAttributes"] = MessageAttributes.Md5(selected);
            json["MessageAttributes"] = MessageAttributes.Write(selected);
        }

        return json;
    }

    private static IEnumerable<KeyValuePair<string, string>> SystemAttributes(Delivery delivery, bool fifo)
    {
        var message = delivery.Message;
        yield return new("SenderId", LocalSqs.AccountId);
        yield return new("SentTimestamp", SqsJson.Number(message.SentAt.ToUnixTimeMilliseconds()));
        yield return new("ApproximateReceiveCount", SqsJson.Number(delivery.ReceiveCount));
        yield return new("ApproximateFirstReceiveTimestamp", SqsJson.Number(delivery.FirstReceivedAt.ToUnixTimeMilliseconds()));
        if (fifo)
        {
            yield return new("MessageGroupId", message.GroupId!);
            yield return new("MessageDeduplicationId", message.DeduplicationId!);
            yield return new("SequenceNumber", message.SequenceNumber!);
        }
    }
}
