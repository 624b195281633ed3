using System.Text;
using System.Text.Json;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// ListQueues NextToken values: base64 of the prefix they were issued for and the last queue name returned.
/// Resuming after a name, not an index, keeps paging exact when queues come and go between pages. SQS's own tokens
/// are opaque too, so clients must not depend on this form.
/// </summary>
internal static class ListQueuesTokens
{
    public static string Encode(string? prefix, string lastName) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new Token(prefix ?? string.Empty, lastName)));

    /// <summary>A token that resumes after <paramref name="lastName"/> but differs from every other, for endless empty pages.</summary>
    public static string EncodeEmptyPage(string? prefix, string lastName) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new Token(prefix ?? string.Empty, lastName, Guid.NewGuid().ToString("N"))));

    /// <summary>The name to resume after; InvalidParameterValue for a token that is not ours or was issued for another prefix.</summary>
    public static string Decode(string token, string? prefix)
    {
        Token? decoded;
        try
        {
            decoded = JsonSerializer.Deserialize<Token>(Encoding.UTF8.GetString(Convert.FromBase64String(token)));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            decoded = null;
        }

        if (decoded?.After is null || decoded.Prefix is null)
        {
            throw SqsErrors.InvalidParameterValue("Invalid NextToken value.");
        }

        if (!string.Equals(decoded.Prefix, prefix ?? string.Empty, StringComparison.Ordinal))
        {
            throw SqsErrors.InvalidParameterValue(
                "Invalid NextToken value. If you are passing in NextToken, you must not change the other request parameters.");
        }

        return decoded.After;
    }

    private sealed record Token(string Prefix, string After, string? Nonce = null);
}
