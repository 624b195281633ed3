using System.Text.Json.Nodes;
using static AwsLinq.LocalAws.Sqs.QueueAttributeNames;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>GetQueueAttributes</c>: the named attributes, or every one for <c>All</c>, with message counts of this instant.
/// An attribute the queue does not have (RedrivePolicy unset, FifoQueue of a standard queue) is left out; asking for
/// none returns no Attributes member at all.
/// </summary>
internal sealed class GetQueueAttributesOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "GetQueueAttributes";

    public override JsonObject Execute(SqsRequest request)
    {
        var queue = RequireQueue(request);
        var names = request.StringList("AttributeNames");
        if (names.FirstOrDefault(n => !IsKnown(n)) is { } unknown)
        {
            throw SqsErrors.InvalidAttributeName(unknown);
        }

        var all = names.Contains(All, StringComparer.Ordinal);
        var values = Values(queue, Sqs.Now).Where(v => all || names.Contains(v.Key, StringComparer.Ordinal));
        var answer = new JsonObject();
        SqsJson.AddIfNotNull(answer, "Attributes", SqsJson.Map(values));
        return answer;
    }

    private static Dictionary<string, string> Values(SqsQueue queue, DateTimeOffset now)
    {
        var counts = queue.Messages.Count(now);
        var values = queue.Attributes();
        values[QueueArn] = queue.Arn;
        values[ApproximateNumberOfMessages] = SqsJson.Number(counts.Visible);
        values[ApproximateNumberOfMessagesNotVisible] = SqsJson.Number(counts.NotVisible);
        values[ApproximateNumberOfMessagesDelayed] = SqsJson.Number(counts.Delayed);
        values[CreatedTimestamp] = SqsJson.Number(queue.Created.ToUnixTimeSeconds());
        values[LastModifiedTimestamp] = SqsJson.Number(queue.LastModified.ToUnixTimeSeconds());
        return values;
    }
}
