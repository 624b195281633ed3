using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>DeleteMessage</c>: deletes the message a receipt handle was issued for. A handle this server did not issue, or
/// issued for another queue, is ReceiptHandleIsInvalid; deleting a message twice succeeds, as in SQS.
/// </summary>
internal sealed class DeleteMessageOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "DeleteMessage";

    public override JsonObject Execute(SqsRequest request) => Delete(RequireQueue(request), request.Members);

    public static JsonObject Delete(SqsQueue queue, SqsMembers request)
    {
        queue.Messages.Delete(ReceiptHandles.MessageIdIn(queue, request.RequiredString("ReceiptHandle")));
        return [];
    }
}
