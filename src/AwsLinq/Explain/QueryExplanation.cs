using System.Text;

namespace AwsLinq;

/// <summary>
/// What a query will send to AWS and what it will do in memory, worked out without sending anything.
/// <see cref="ToString"/> renders it for reading. Credentials never appear in it.
/// </summary>
public sealed class QueryExplanation
{
    internal QueryExplanation(string source, IReadOnlyList<ExplainedRequest> requests, IReadOnlyList<string> inMemory, string stop, IReadOnlyList<string> followUps)
    {
        Source = source;
        Requests = requests;
        InMemory = inMemory;
        Stop = stop;
        FollowUps = followUps;
    }

    /// <summary>Gets the listing the query reads, for example <c>S3 ListObjectsV2 of bucket 'logs'</c>.</summary>
    public string Source { get; }

    /// <summary>
    /// Gets the listing requests, in the order they run; each is followed through its continuation tokens.
    /// Empty when the query can match nothing and sends no request.
    /// </summary>
    public IReadOnlyList<ExplainedRequest> Requests { get; }

    /// <summary>Gets the steps evaluated in memory over the listed items, in order, written as C#.</summary>
    public IReadOnlyList<string> InMemory { get; }

    /// <summary>Gets when the listing stops requesting pages.</summary>
    public string Stop { get; }

    /// <summary>Gets the calls made per item after the listing, with their bound.</summary>
    public IReadOnlyList<string> FollowUps { get; }

    /// <summary>Gets why no request is sent, when <see cref="Requests"/> is empty.</summary>
    public string NoRequestReason { get; internal init; } = "the predicates cannot match any item";

    /// <summary>
    /// Gets how many requests the query may have in flight at once: 1 unless <c>WithDegreeOfParallelism</c> sets more,
    /// or the query lists several regions (by default one request per region, up to 8).
    /// </summary>
    public int DegreeOfParallelism { get; internal init; } = 1;

    /// <summary>Gets the calls a batch action makes on the selected items, or <see langword="null"/> for a plain query.</summary>
    public string? Action { get; private init; }

    /// <summary>Renders the plan, one line per part.</summary>
    /// <returns>The plan as readable text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().AppendLine(Source);
        if (Requests.Count == 0)
        {
            text.Append("  requests: none (").Append(NoRequestReason).AppendLine(")");
        }

        foreach (var request in Requests)
        {
            text.Append("  request: ").AppendLine(request.ToString());
        }

        if (DegreeOfParallelism > 1)
        {
            text.Append("  in flight: up to ").Append(DegreeOfParallelism).AppendLine(" requests at once");
        }

        text.Append("  in memory: ").AppendLine(InMemory.Count == 0 ? "nothing" : string.Join("; ", InMemory));
        text.Append("  stops: ").AppendLine(Stop);
        text.Append("  follow-up calls: ").Append(FollowUps.Count == 0 ? "none" : string.Join("; ", FollowUps));
        if (Action is not null)
        {
            text.AppendLine().Append("  action: ").Append(Action);
        }

        return text.ToString();
    }

    internal QueryExplanation WithAction(string action) => new(Source, Requests, InMemory, Stop, FollowUps) { Action = action, NoRequestReason = NoRequestReason, DegreeOfParallelism = DegreeOfParallelism };
}
