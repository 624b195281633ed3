using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>PurgeQueue</c>: deletes every message at once (SQS may take up to 60 seconds) and, as SQS does, refuses a
/// second purge of the same queue within 60 seconds of the server's clock.
/// </summary>
internal sealed class PurgeQueueOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "PurgeQueue";

    public override JsonObject Execute(SqsRequest request)
    {
        var queue = RequireQueue(request);
        return queue.Messages.TryPurge(Sqs.Now) ? [] : throw SqsErrors.PurgeQueueInProgress(queue.Name);
    }
}
