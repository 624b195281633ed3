using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json.Nodes;

namespace AwsLinq.LocalAws.Sqs.Query;

/// <summary>
/// A query-protocol request's parameters as the JSON body the same call sends over JSON 1.0, so that one model
/// answers both: <c>AttributeName.1=All</c> becomes <c>"AttributeNames":["All"]</c>,
/// <c>MessageAttribute.1.Name=k&amp;MessageAttribute.1.Value.StringValue=v</c> becomes
/// <c>"MessageAttributes":{"k":{"StringValue":"v"}}</c>, <c>SendMessageBatchRequestEntry.N.*</c> the <c>Entries</c>.
/// </summary>
internal static class SqsQueryInput
{
    // Protocol and signing parameters (SigV4 presigned, SigV2), which are no members of any request.
    private static readonly FrozenSet<string> Envelope = FrozenSet.Create(
        StringComparer.Ordinal,
        "Action", "Version", "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders",
        "X-Amz-Signature", "X-Amz-Security-Token", "AWSAccessKeyId", "Signature", "SignatureMethod", "SignatureVersion",
        "Timestamp", "Expires");

    public static JsonObject ToJson(IReadOnlyDictionary<string, string> parameters, string operation) =>
        Structure(parameters.Where(p => !Envelope.Contains(p.Key)).Select(p => new Parameter(p.Key.Split('.'), p.Value)).ToList(), operation);

    private static JsonObject Structure(IReadOnlyList<Parameter> parameters, string operation)
    {
        var body = new JsonObject();
        foreach (var group in parameters.GroupBy(p => p.Path[0], StringComparer.Ordinal))
        {
            var member = SqsQueryMembers.OfRequestParameter(group.Key, operation);
            if (member is not null)
            {
                body[member.Json] = member.Kind == QueryMemberKind.List ? List(group, operation) : Map(group, member, operation);
            }
            else if (group.FirstOrDefault(p => p.Path.Length == 1) is { } scalar)
            {
                body[group.Key] = Scalar(group.Key, scalar.Value);
            }
            else
            {
                body[group.Key] = Structure(Inner(group), operation);
            }
        }

        return body;
    }

    private static JsonArray List(IEnumerable<Parameter> members, string operation) =>
        new([.. Indexed(members).Select(item => Value(item, operation))]);

    private static JsonObject Map(IEnumerable<Parameter> members, QueryMember member, string operation)
    {
        var map = new JsonObject();
        foreach (var entry in Indexed(members))
        {
            var key = entry.FirstOrDefault(p => p.Path is [var name] && name == member.Key)?.Value;
            var value = entry.Where(p => p.Path[0] == member.Value).ToList();
            if (key is not null && value.Count > 0)
            {
                map[key] = Value(Inner(value), operation);
            }
        }

        return map;
    }

    /// <summary>An item or map value: a string, or a structure of its own members.</summary>
    private static JsonNode Value(IReadOnlyList<Parameter> item, string operation) =>
        item is [{ Path.Length: 0 } text] ? JsonValue.Create(text.Value) : Structure(item, operation);

    /// <summary>The members <c>Name.N.*</c> grouped by N in order, each with <c>Name.N.</c> stripped.</summary>
    private static IEnumerable<IReadOnlyList<Parameter>> Indexed(IEnumerable<Parameter> members) =>
        members
            .Where(p => p.Path.Length > 1 && int.TryParse(p.Path[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .GroupBy(p => int.Parse(p.Path[1], CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<Parameter>)g.Select(p => new Parameter(p.Path[2..], p.Value)).ToList());

    private static List<Parameter> Inner(IEnumerable<Parameter> members) => members.Select(p => new Parameter(p.Path[1..], p.Value)).ToList();

    // An empty list or map travels as its JSON name with an empty value; integers as their digits.
    private static JsonNode Scalar(string name, string value) =>
        (SqsQueryMembers.OfJsonName(name)?.Kind, value) switch
        {
            (QueryMemberKind.List, "") => new JsonArray(),
            (QueryMemberKind.Map, "") => new JsonObject(),
            _ when SqsQueryMembers.Integers.Contains(name)
                && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ => JsonValue.Create(value),
        };

    private sealed record Parameter(string[] Path, string Value);
}
