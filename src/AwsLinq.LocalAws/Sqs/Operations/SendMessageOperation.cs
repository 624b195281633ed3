using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary><c>SendMessage</c>: one message, checked against its queue and added (<see cref="MessageSender"/>).</summary>
internal sealed class SendMessageOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "SendMessage";

    public override JsonObject Execute(SqsRequest request) => MessageSender.Send(RequireQueue(request), request.Members, Sqs.Now);
}
