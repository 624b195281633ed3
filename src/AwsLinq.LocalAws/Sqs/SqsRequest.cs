using System.Text.Json;
using AwsLinq.LocalAws.Hosting;
using AwsLinq.LocalAws.Sqs.Query;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// One SQS request, in either protocol, as the JSON body the call sends over JSON 1.0: the operation from
/// <c>X-Amz-Target</c> or <c>Action</c>, and the members read the way SQS reads them (a member of the wrong JSON type is
/// a SerializationException, as coral answers). Every member of the body is logged under its own name, whatever the
/// protocol, so that the log of a call does not depend on the client that made it.
/// </summary>
internal sealed class SqsRequest : ServiceRequest
{
    public const string TargetHeader = "X-Amz-Target";
    public const string TargetPrefix = "AmazonSQS.";

    private readonly SqsErrorException? _malformed;

    private SqsRequest(HttpContext context, string operation, JsonElement body, SqsErrorException? malformed, SqsProtocol protocol)
        : base(context, Guid.NewGuid().ToString())
    {
        Operation = operation;
        Members = new SqsMembers(body);
        _malformed = malformed;
        WireProtocol = protocol;
        SqsLoggedMembers.AddTo(Logged, body);
    }

    public string Operation { get; }

    public override string? OperationName => Operation;

    /// <summary>The protocol the request came in, which its answer goes back in.</summary>
    public SqsProtocol WireProtocol { get; }

    public override string Protocol => WireProtocol.Name;

    public static bool IsJson(HttpRequest request) =>
        request.Headers[TargetHeader].ToString().StartsWith(TargetPrefix, StringComparison.Ordinal);

    public static Task<SqsRequest> ReadAsync(HttpContext context) =>
        IsJson(context.Request) ? ReadJsonAsync(context) : ReadQueryAsync(context);

    /// <summary>Reads a JSON body; one that is not JSON fails the operation later, once it is known and logged.</summary>
    private static async Task<SqsRequest> ReadJsonAsync(HttpContext context)
    {
        var target = context.Request.Headers[TargetHeader].ToString();
        var operation = target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        try
        {
            // The request keeps a clone, so that the document's pooled memory can go.
            using var document = buffer.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(buffer.ToArray());
            return new SqsRequest(context, operation, document.RootElement.Clone(), null, SqsProtocol.Json);
        }
        catch (JsonException e)
        {
            var malformed = SqsErrors.SerializationException("The request body is not valid JSON: " + e.Message);
            return new SqsRequest(context, operation, default, malformed, SqsProtocol.Json);
        }
    }

    /// <summary>Reads <c>Action=</c> parameters; a request posted to a queue URL names its queue by the path.</summary>
    private static async Task<SqsRequest> ReadQueryAsync(HttpContext context)
    {
        var parameters = await QueryParameters.ReadAsync(context).ConfigureAwait(false);
        var operation = parameters.GetValueOrDefault("Action") ?? string.Empty;
        var body = SqsQueryInput.ToJson(parameters, operation);
        if (!body.ContainsKey("QueueUrl") && SqsQueryShape.QueueUrlOfPath(context.Request) is { } url)
        {
            body["QueueUrl"] = url;
        }

        return new SqsRequest(context, operation, JsonSerializer.SerializeToElement(body), null, SqsProtocol.Query);
    }

    /// <summary>Throws the SerializationException of a body that was not JSON.</summary>
    public void ThrowIfMalformed()
    {
        if (_malformed is not null)
        {
            throw _malformed;
        }
    }

    /// <summary>The members of the body; the accessors below read them.</summary>
    public SqsMembers Members { get; }

    public string? String(string member) => Members.String(member);

    public string RequiredString(string member) => Members.RequiredString(member);

    public int? Int(string member) => Members.Int(member);

    public IReadOnlyList<string> StringList(string member) => Members.StringList(member);

    public IReadOnlyDictionary<string, string> StringMap(string member) => Members.StringMap(member);

    public JsonElement? Object(string member) => Members.Object(member);
}
