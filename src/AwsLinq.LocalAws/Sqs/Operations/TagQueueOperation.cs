using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary><c>TagQueue</c>: adds tags, replacing the values of keys the queue already has.</summary>
internal sealed class TagQueueOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "TagQueue";

    public override JsonObject Execute(SqsRequest request)
    {
        var queue = RequireQueue(request);
        queue.Tag(request.StringMap("Tags"));
        return [];
    }
}
