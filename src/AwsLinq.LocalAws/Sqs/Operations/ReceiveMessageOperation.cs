using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>ReceiveMessage</c>: up to MaxNumberOfMessages (1 to 10) visible messages, hidden for VisibilityTimeout. It
/// answers at once even with WaitTimeSeconds: nothing else sends while a test waits, so a long poll would only
/// delay the empty answer. An empty receive has no Messages member, as in SQS.
/// </summary>
internal sealed class ReceiveMessageOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "ReceiveMessage";

    public override JsonObject Execute(SqsRequest request)
    {
        var queue = RequireQueue(request);
        var max = Checked(request, "MaxNumberOfMessages", 1, 10, "Must be between 1 and 10, if provided.") ?? 1;
        var visibility = Checked(request, "VisibilityTimeout", 0, 43_200, "Must be >= 0 and <= 43200, if provided.");
        Checked(request, "WaitTimeSeconds", 0, 20, "Must be >= 0 and <= 20, if provided.");

        // AttributeNames is the deprecated spelling of MessageSystemAttributeNames; SDKs may send either.
        var systemNames = request.StringList("AttributeNames").Concat(request.StringList("MessageSystemAttributeNames")).ToList();
        var attributeNames = request.StringList("MessageAttributeNames");
        var deliveries = queue.Messages.Receive(max, visibility, Sqs.Now);

        var answer = new JsonObject();
        if (deliveries.Count > 0)
        {
            answer["Messages"] = new JsonArray([.. deliveries.Select(d => (JsonNode)ReceivedMessageJson.Write(d, queue.IsFifo, systemNames, attributeNames))]);
        }

        return answer;
    }

    private static int? Checked(SqsRequest request, string member, int min, int max, string reason)
    {
        var value = request.Int(member);
        return value is { } number && (number < min || number > max)
            ? throw SqsErrors.OutOfRange(member, SqsJson.Number(number), reason)
            : value;
    }
}
