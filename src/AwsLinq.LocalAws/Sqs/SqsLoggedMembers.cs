using System.Text.Json;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// What the request log records of a JSON body: every top-level member under its own name, a string as sent, a number
/// or boolean as written, a list of them comma-joined, and a map of strings as <c>key=value</c> pairs, comma-joined.
/// Structured members (message attributes, batch entries) are left out.
/// </summary>
internal static class SqsLoggedMembers
{
    public static void AddTo(Dictionary<string, string> logged, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var member in body.EnumerateObject())
        {
            if (Text(member.Value) is { } text)
            {
                logged[member.Name] = text;
            }
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array when value.EnumerateArray().All(IsScalar) =>
            string.Join(',', value.EnumerateArray().Select(e => Text(e))),
        JsonValueKind.Object when value.EnumerateObject().All(p => p.Value.ValueKind == JsonValueKind.String) =>
            string.Join(',', value.EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}")),
        _ => null,
    };

    private static bool IsScalar(JsonElement value) =>
        value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;
}
