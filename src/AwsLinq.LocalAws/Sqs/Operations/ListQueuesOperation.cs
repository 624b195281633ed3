using System.Text.Json.Nodes;
using AwsLinq.LocalAws.Faults;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>ListQueues</c>: queue URLs in name order, narrowed by QueueNamePrefix. As in SQS, a request without MaxResults
/// gets at most 1,000 queues and never a NextToken; only MaxResults (1 to 1,000) pages.
/// </summary>
internal sealed class ListQueuesOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    private const int Limit = 1000;

    public override string Name => "ListQueues";

    public override JsonObject Execute(SqsRequest request)
    {
        var prefix = request.String("QueueNamePrefix");
        var maxResults = request.Int("MaxResults");
        if (maxResults is < 1 or > Limit)
        {
            throw SqsErrors.InvalidParameterValue(
                "Value for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and 1000.");
        }

        var token = request.String("NextToken");
        if (token is not null && maxResults is null)
        {
            throw SqsErrors.InvalidParameterValue("MaxResults is a mandatory parameter when you provide a value for NextToken.");
        }

        var after = token is null ? null : ListQueuesTokens.Decode(token, prefix);
        var matching = Sqs.Queues.All()
            .Where(q => prefix is null || q.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Where(q => after is null || string.CompareOrdinal(q.Name, after) > 0)
            .ToList();
        var faults = request.Faults;
        var endless = faults.Has(LocalFault.EndlessEmptyPages);
        IReadOnlyList<SqsQueue> page = endless ? [] : matching.Take(maxResults ?? Limit).ToList();
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
