using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary><c>DeleteMessageBatch</c>: up to 10 DeleteMessage calls in one; an invalid receipt handle fails its entry alone.</summary>
internal sealed class DeleteMessageBatchOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "DeleteMessageBatch";

    public override JsonObject Execute(SqsRequest request)
    {
        var queue = RequireQueue(request);
        return BatchEntries.Run(BatchEntries.Read(request), entry => DeleteMessageOperation.Delete(queue, entry));
    }
}
