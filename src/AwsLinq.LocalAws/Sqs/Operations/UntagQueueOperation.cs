using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary><c>UntagQueue</c>: removes the tags with the given keys; keys the queue lacks are ignored.</summary>
internal sealed class UntagQueueOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "UntagQueue";

    public override JsonObject Execute(SqsRequest request)
    {
        var queue = RequireQueue(request);
        queue.Untag(request.StringList("TagKeys"));
        return [];
    }
}
