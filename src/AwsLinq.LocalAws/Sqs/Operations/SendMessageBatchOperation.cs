using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>SendMessageBatch</c>: up to 10 messages, each checked and added as SendMessage would, in order. The messages
/// together may not be longer than 1 MiB (BatchRequestTooLong, and none is sent); one SQS refuses alone is a failed entry.
/// </summary>
internal sealed class SendMessageBatchOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    /// <summary>SQS's limit on a batch's messages together, the same as on one message: 1 MiB.</summary>
    public const int MaxBatchSize = 1_048_576;

    public override string Name => "SendMessageBatch";

    public override JsonObject Execute(SqsRequest request)
    {
        var queue = RequireQueue(request);
        var entries = BatchEntries.Read(request);
        var size = entries.Sum(e => MessageSender.SizeOf(e.Entry));
        if (size > MaxBatchSize)
        {
            throw SqsErrors.BatchRequestTooLong(MaxBatchSize, size);
        }

        return BatchEntries.Run(entries, entry => MessageSender.Send(queue, entry, Sqs.Now));
    }
}
