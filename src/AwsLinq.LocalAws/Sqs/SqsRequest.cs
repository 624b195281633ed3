using System.Globalization;
using System.Text.Json;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// One JSON 1.0 request: the operation from <c>X-Amz-Target</c> and the members of the JSON body, read the way
/// SQS reads them (a member of the wrong JSON type is a SerializationException, as coral answers).
/// </summary>
internal sealed class SqsRequest(string operation, JsonElement body)
{
    public string Operation { get; } = operation;

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

    /// <summary>The parameters the request log records, by AWS name, with lists comma-joined.</summary>
    public Dictionary<string, string> LoggedParameters()
    {
        var logged = new Dictionary<string, string>(StringComparer.Ordinal);
        if (body.ValueKind != JsonValueKind.Object)
        {
            return logged;
        }

        foreach (var name in (string[])["QueueName", "QueueUrl", "QueueNamePrefix", "MaxResults", "NextToken", "AttributeNames"])
        {
            if (body.TryGetProperty(name, out var value))
            {
                logged[name] = value.ValueKind switch
                {
                    JsonValueKind.Array => string.Join(',', value.EnumerateArray().Select(Text)),
                    _ => Text(value),
                };
            }
        }

        return logged;
    }

    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

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
