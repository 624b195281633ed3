using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary><c>SetQueueAttributes</c>: checks every attribute, then applies them all and moves LastModifiedTimestamp.</summary>
internal sealed class SetQueueAttributesOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "SetQueueAttributes";

    public override JsonObject Execute(SqsRequest request)
    {
        var queue = RequireQueue(request);
        var attributes = request.StringMap("Attributes");
        QueueAttributes.ThrowIfInvalid(attributes, queue.IsFifo, creating: false, Sqs.Queues);
        queue.ChangeAttributes(attributes, Sqs.Now);
        return [];
    }
}
