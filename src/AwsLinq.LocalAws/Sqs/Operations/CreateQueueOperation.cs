using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>CreateQueue</c>: a new queue, or the URL of an existing one when no given attribute differs from it
/// (QueueNameExists when one does). Tags travel in the lower-case <c>tags</c> member.
/// </summary>
internal sealed class CreateQueueOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "CreateQueue";

    public override JsonObject Execute(SqsRequest request)
    {
        var name = request.String("QueueName")
            ?? throw SqsErrors.InvalidParameterValue("Value for parameter QueueName is invalid. Reason: Must specify a queue name.");
        var (queue, _) = Sqs.CreateOrGet(name, request.StringMap("Attributes"), request.StringMap("tags"));
        return new JsonObject { ["QueueUrl"] = Sqs.UrlOf(queue) };
    }
}
