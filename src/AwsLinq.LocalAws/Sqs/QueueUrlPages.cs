using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// How the listings of queue URLs (ListQueues, ListDeadLetterSourceQueues) page: MaxResults from 1 to 1,000, a
/// NextToken only with MaxResults and only for the listing it was issued for, and a page that resumes after the last
/// name returned. Without MaxResults an answer holds at most 1,000 URLs and never a NextToken, as in SQS.
/// </summary>
internal static class QueueUrlPages
{
    public const int Limit = 1000;

    /// <summary>The page size asked for and the name to resume after.</summary>
    /// <param name="request">The listing request.</param>
    /// <param name="scope">What the listing's tokens are bound to: its prefix, or the dead-letter queue's URL.</param>
    public static (int? MaxResults, string? After) Read(SqsRequest request, string? scope)
    {
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

        return (maxResults, token is null ? null : ListQueuesTokens.Decode(token, scope));
    }

    /// <summary>The answer: one page of the queues (in name order) after the resume point, under <paramref name="member"/>.</summary>
    public static JsonObject Answer(LocalSqs sqs, IEnumerable<SqsQueue> queues, string member, (int? MaxResults, string? After) page, string? scope)
    {
        var matching = queues.Where(q => page.After is null || string.CompareOrdinal(q.Name, page.After) > 0).ToList();
        var taken = matching.Take(page.MaxResults ?? Limit).ToList();
        var answer = new JsonObject { [member] = new JsonArray([.. taken.Select(q => (JsonNode)sqs.UrlOf(q))]) };
        if (page.MaxResults is not null && taken.Count < matching.Count)
        {
            answer["NextToken"] = ListQueuesTokens.Encode(scope, taken[^1].Name);
        }

        return answer;
    }
}
