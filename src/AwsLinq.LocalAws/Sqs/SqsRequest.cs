using System.Globalization;
using System.Text.Json;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// One JSON 1.0 request: the operation from <c>X-Amz-Target</c> and the members of the JSON body, read the way
/// SQS reads them (a member of the wrong JSON type is a SerializationException, as coral answers). Every member of
/// the body is logged under its own name.
/// </summary>
internal sealed class SqsRequest : ServiceRequest
{
    public const string TargetHeader = "X-Amz-Target";
    public const string TargetPrefix = "AmazonSQS.";

    private readonly JsonElement _body;
    private readonly SqsErrorException? _malformed;

    private SqsRequest(HttpContext context, string operation, JsonElement body, SqsErrorException? malformed)
        : base(context, Guid.NewGuid().ToString())
    {
        Operation = operation;
        _body = body;
        _malformed = malformed;
        SqsLoggedMembers.AddTo(Logged, _body);
    }

    public string Operation { get; }

    public override string? OperationName => Operation;

    /// <summary>Reads the body; one that is not JSON fails the operation later, once it is known and logged.</summary>
    public static async Task<SqsRequest> ReadAsync(HttpContext context)
    {
        var target = context.Request.Headers[TargetHeader].ToString();
        var operation = target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        try
        {
            // The request keeps a clone, so that the document's pooled memory can go.
            using var document = buffer.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(buffer.ToArray());
            return new SqsRequest(context, operation, document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            var malformed = SqsErrors.SerializationException("The request body is not valid JSON: " + e.Message);
            return new SqsRequest(context, operation, default, malformed);
        }
    }

    /// <summary>Throws the SerializationException of a body that was not JSON.</summary>
    public void ThrowIfMalformed()
    {
        if (_malformed is not null)
        {
            throw _malformed;
        }
    }

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

    private JsonElement? Member(string member, JsonValueKind kind)
    {
        if (_body.ValueKind != JsonValueKind.Object || !_body.TryGetProperty(member, out var value)
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
