using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary><c>ChangeMessageVisibilityBatch</c>: up to 10 ChangeMessageVisibility calls in one; each entry fails alone.</summary>
internal sealed class ChangeMessageVisibilityBatchOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "ChangeMessageVisibilityBatch";

    public override JsonObject Execute(SqsRequest request)
    {
        var queue = RequireQueue(request);
        return BatchEntries.Run(BatchEntries.Read(request), entry => ChangeMessageVisibilityOperation.Change(queue, entry, Sqs.Now));
    }
}
