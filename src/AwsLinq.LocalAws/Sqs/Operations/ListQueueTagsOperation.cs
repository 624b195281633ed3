using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary><c>ListQueueTags</c>: the queue's tags; an untagged queue's answer has no Tags member.</summary>
internal sealed class ListQueueTagsOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "ListQueueTags";

    public override JsonObject Execute(SqsRequest request)
    {
        var answer = new JsonObject();
        SqsJson.AddIfNotNull(answer, "Tags", SqsJson.Map(RequireQueue(request).Tags()));
        return answer;
    }
}
