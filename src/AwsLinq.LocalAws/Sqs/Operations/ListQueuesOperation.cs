using System.Text.Json.Nodes;
using AwsLinq.LocalAws.Faults;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>ListQueues</c>: queue URLs in name order, narrowed by QueueNamePrefix, paged as <see cref="QueueUrlPages"/>
/// says, with the listing misbehaviours a test switches on.
/// </summary>
internal sealed class ListQueuesOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "ListQueues";

    public override JsonObject Execute(SqsRequest request)
    {
        var prefix = request.String("QueueNamePrefix");
        var (maxResults, after) = QueueUrlPages.Read(request, prefix);
        var token = request.String("NextToken");
        var matching = Sqs.Queues.All()
            .Where(q => prefix is null || q.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Where(q => after is null || string.CompareOrdinal(q.Name, after) > 0)
            .ToList();
        var faults = request.Faults;
        var endless = faults.Has(LocalFault.EndlessEmptyPages);
        IReadOnlyList<SqsQueue> page = endless ? [] : matching.Take(maxResults ?? QueueUrlPages.Limit).ToList();
        var next = endless
            ? ListQueuesTokens.EncodeEmptyPage(prefix, after ?? string.Empty)
            : ListingFaults.Next(
                faults,
                maxResults is not null && page.Count < matching.Count,
                () => ListQueuesTokens.Encode(prefix, page[^1].Name),
                () => page.Count >= 2 ? ListQueuesTokens.Encode(prefix, page[^2].Name) : null,
                token,
                () => ListQueuesTokens.Encode(prefix, string.Empty)).Token;

        var answer = new JsonObject();
        if (page.Count > 0)
        {
            answer["QueueUrls"] = new JsonArray([.. ListingFaults.Order(faults, page).Select(q => (JsonNode)Sqs.UrlOf(q))]);
        }

        if (next is not null)
        {
            answer["NextToken"] = next;
        }

        return answer;
    }
}
