using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary><c>GetQueueUrl</c>: the URL of a queue by name, in this account only.</summary>
internal sealed class GetQueueUrlOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "GetQueueUrl";

    public override JsonObject Execute(SqsRequest request)
    {
        var name = request.RequiredString("QueueName");
        var owner = request.String("QueueOwnerAWSAccountId");
        var queue = owner is null || owner == LocalSqs.AccountId ? Sqs.Queues.Find(name) : null;
        return queue is null ? throw SqsErrors.QueueDoesNotExist() : new JsonObject { ["QueueUrl"] = Sqs.UrlOf(queue) };
    }
}
