using System.Globalization;
using System.Text.Json;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// The members of a JSON request body, or of one of its batch entries, read the way SQS reads them: a member of the
/// wrong JSON type is a SerializationException, as coral answers; an absent or null member reads as none.
/// </summary>
internal sealed class SqsMembers(JsonElement body)
{
    public string? String(string member) =>
        Member(member, JsonValueKind.String) is { } value ? value.GetString() : null;

    public string RequiredString(string member) => String(member) ?? throw SqsErrors.MissingParameter(member);

    public int? Int(string member)
    {
        if (Member(member, JsonValueKind.Number) is not { } value)
        {
            return null;
        }

        return value.TryGetInt32(out var number)
            ? number
            : throw SqsErrors.SerializationException($"NUMBER_VALUE cannot be converted to Integer for {member}");
    }

    public IReadOnlyList<string> StringList(string member) =>
        Member(member, JsonValueKind.Array) is { } value
            ? value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
                ? e.GetString()!
                : throw SqsErrors.SerializationException($"Unexpected value in the list {member}")).ToList()
            : [];

    public IReadOnlyDictionary<string, string> StringMap(string member) =>
        Member(member, JsonValueKind.Object) is { } value
            ? value.EnumerateObject().ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind == JsonValueKind.String
                    ? p.Value.GetString()!
                    : throw SqsErrors.SerializationException($"Unexpected value in the map {member}"),
                StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    public JsonElement? Object(string member) => Member(member, JsonValueKind.Object);

    /// <summary>The structures of a list member, such as a batch request's <c>Entries</c>.</summary>
    public IReadOnlyList<SqsMembers> Structures(string member) =>
        Member(member, JsonValueKind.Array) is { } value
            ? value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object
                ? new SqsMembers(e)
                : throw SqsErrors.SerializationException($"Unexpected value in the list {member}")).ToList()
            : [];

    private JsonElement? Member(string member, JsonValueKind kind)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty(member, out var value)
            || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == kind
            ? value
            : throw SqsErrors.SerializationException(string.Create(
                CultureInfo.InvariantCulture, $"Unexpected {value.ValueKind} for the member {member}; expected {kind}."));
    }
}
