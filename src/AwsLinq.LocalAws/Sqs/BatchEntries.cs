using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// The entries of a batch request (SendMessageBatch, DeleteMessageBatch, ChangeMessageVisibilityBatch), checked as SQS
/// checks them before acting on any (1 to 10 entries, each with a distinct id of up to 80 letters, digits, hyphens
/// and underscores), then acted on one by one: an entry SQS refuses goes into <c>Failed</c> with its error code, the
/// others into <c>Successful</c>, and the call itself succeeds.
/// </summary>
internal static partial class BatchEntries
{
    public const int MaxEntries = 10;

    public static IReadOnlyList<(string Id, SqsMembers Entry)> Read(SqsRequest request)
    {
        var entries = request.Members.Structures("Entries");
        if (entries.Count == 0)
        {
            throw SqsErrors.EmptyBatchRequest(request.Operation + "RequestEntry");
        }

        if (entries.Count > MaxEntries)
        {
            throw SqsErrors.TooManyEntriesInBatchRequest(MaxEntries, entries.Count);
        }

        var identified = entries.Select(e => (Id: e.String("Id") ?? string.Empty, Entry: e)).ToList();
        if (identified.Any(e => !EntryId().IsMatch(e.Id)))
        {
            throw SqsErrors.InvalidBatchEntryId();
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (identified.FirstOrDefault(e => !seen.Add(e.Id)) is { Id: { } repeated })
        {
            throw SqsErrors.BatchEntryIdsNotDistinct(repeated);
        }

        return identified;
    }

    /// <summary>Acts on each entry; <paramref name="act"/> answers with the entry's result members, or throws its error.</summary>
    public static JsonObject Run(IReadOnlyList<(string Id, SqsMembers Entry)> entries, Func<SqsMembers, JsonObject> act)
    {
        var successful = new JsonArray();
        var failed = new JsonArray();
        foreach (var (id, entry) in entries)
        {
            try
            {
                var result = act(entry);
                result.Insert(0, "Id", id);
                successful.Add(result);
            }
            catch (SqsErrorException error)
            {
                failed.Add(new JsonObject
                {
                    ["Id"] = id,
                    ["SenderFault"] = error.Fault == "Sender",
                    ["Code"] = error.Code,
                    ["Message"] = error.Message,
                });
            }
        }

        return new JsonObject { ["Successful"] = successful, ["Failed"] = failed };
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,80}$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryId();
}
