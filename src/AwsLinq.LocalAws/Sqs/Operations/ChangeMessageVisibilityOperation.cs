using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>ChangeMessageVisibility</c>: hides an in-flight message for VisibilityTimeout seconds from now (0 returns it to
/// the queue at once). SQS refuses a message that is not in flight (MessageNotInflight) and a timeout that would keep it
/// hidden past 12 hours after its first receive.
/// </summary>
internal sealed class ChangeMessageVisibilityOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public const int MaxVisibilityTimeout = 43_200;

    public override string Name => "ChangeMessageVisibility";

    public override JsonObject Execute(SqsRequest request) => Change(RequireQueue(request), request.Members, Sqs.Now);

    public static JsonObject Change(SqsQueue queue, SqsMembers request, DateTimeOffset now)
    {
        var handle = request.RequiredString("ReceiptHandle");
        var timeout = request.Int("VisibilityTimeout") ?? throw SqsErrors.MissingParameter("VisibilityTimeout");
        if (timeout is < 0 or > MaxVisibilityTimeout)
        {
            throw SqsErrors.OutOfRange("VisibilityTimeout", SqsJson.Number(timeout), "Must be >= 0 and <= 43200, if provided.");
        }

        return queue.Messages.ChangeVisibility(ReceiptHandles.MessageIdIn(queue, handle), timeout, now) switch
        {
            VisibilityChange.Changed => [],
            VisibilityChange.NotInFlight => throw SqsErrors.MessageNotInflight(),
            _ => throw SqsErrors.OutOfRange("VisibilityTimeout", SqsJson.Number(timeout),
                "Total VisibilityTimeout for the message is beyond the limit [43200 seconds]"),
        };
    }
}
