using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AwsLinq.Cli.Errors;

namespace AwsLinq.Cli.Querying;

/// <summary>
/// The <c>--starting-token</c> printed after <c>--max-items</c>: how many items were printed, the last S3 key where
/// the listing's order makes it a position, and a fingerprint of the query, so that a token is not applied to another
/// listing by mistake. It is base64url JSON, opaque to users, as the AWS CLI's tokens are.
/// </summary>
/// <param name="Query">The fingerprint of the listing and the query options that shaped it.</param>
/// <param name="Printed">The items printed so far, after <c>--skip</c>.</param>
/// <param name="LastKey">The last item's key, where it is a position (S3 objects in key order); else <see langword="null"/>.</param>
internal sealed record ResumeToken(string Query, long Printed, string? LastKey)
{
    public string Encode()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["q"] = Query, ["n"] = Printed, ["k"] = LastKey });
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <exception cref="CliException">The token does not decode, or was printed for another query.</exception>
    public static ResumeToken Decode(string text, string query)
    {
        ResumeToken? token = null;
        try
        {
            var base64 = text.Trim().Replace('-', '+').Replace('_', '/');
            using var json = JsonDocument.Parse(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
            var root = json.RootElement;
            token = new ResumeToken(root.GetProperty("q").GetString() ?? string.Empty, root.GetProperty("n").GetInt64(),
                root.TryGetProperty("k", out var key) && key.ValueKind == JsonValueKind.String ? key.GetString() : null);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw CliException.Usage("--starting-token: this is not a token awslinq printed; copy the whole token from the line after the previous page.", e);
        }

        return token.Query == query && token.Printed >= 0
            ? token
            : throw CliException.Usage(
                "--starting-token: the token continues another listing; run the same command with the same bucket, --where, --order-by, --skip and --take as the one that printed it.");
    }

    /// <summary>The fingerprint of a listing: its source (service, operation, bucket) and the options that decide which items come in which order.</summary>
    public static string Fingerprint(string source, QuerySpec spec)
    {
        var text = string.Join('\n', source, spec.Where, spec.OrderBy, spec.Skip, spec.Take);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
    }
}
