using System.Text.Json.Nodes;
using AwsLinq.LocalAws.Sqs.Operations;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>The operations the endpoint emulates, by the name <c>X-Amz-Target</c> gives after <c>AmazonSQS.</c>.</summary>
internal sealed class SqsOperations
{
    private readonly Dictionary<string, SqsOperation> _byName;
    private readonly UnsupportedOperation _unsupported;

    public SqsOperations(LocalSqs sqs)
    {
        SqsOperation[] operations =
        [
            new CreateQueueOperation(sqs), new ListQueuesOperation(sqs), new GetQueueUrlOperation(sqs),
            new GetQueueAttributesOperation(sqs), new SetQueueAttributesOperation(sqs), new TagQueueOperation(sqs),
            new UntagQueueOperation(sqs), new ListQueueTagsOperation(sqs), new DeleteQueueOperation(sqs),
            new PurgeQueueOperation(sqs), new SendMessageOperation(sqs), new ReceiveMessageOperation(sqs),
            new DeleteMessageOperation(sqs),
        ];
        _byName = operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
        _unsupported = new UnsupportedOperation(sqs);
    }

    public JsonObject Execute(SqsRequest request) =>
        (_byName.GetValueOrDefault(request.Operation) ?? _unsupported).Execute(request);
}
