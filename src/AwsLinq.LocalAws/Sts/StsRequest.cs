using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Sts;

/// <summary>
/// One STS query-protocol request: <c>Action</c> names the operation; the other parameters are logged by name, but
/// never the web identity token, which is a credential. The log also records <c>AccessKeyId</c>, the key the request
/// was signed with (an identifier, not the secret), so that tests can tell which credentials a client used.
/// </summary>
internal sealed class StsRequest : ServiceRequest
{
    private static readonly HashSet<string> Unlogged = new(StringComparer.Ordinal) { "Action", "Version", "WebIdentityToken" };

    private readonly IReadOnlyDictionary<string, string> _parameters;

    private StsRequest(HttpContext context, IReadOnlyDictionary<string, string> parameters)
        : base(context, Guid.NewGuid().ToString())
    {
        _parameters = parameters;
        foreach (var (name, value) in parameters.Where(p => !Unlogged.Contains(p.Key)))
        {
            Logged[name] = value;
        }

        if (SignedWith(context.Request) is { } accessKeyId)
        {
            Logged["AccessKeyId"] = accessKeyId;
        }
    }

    public override string? OperationName => Value("Action");

    public override string Protocol => "query";

    /// <summary>The access key id of the signature, or <see langword="null"/> for an unsigned request.</summary>
    public string? AccessKeyId => Logged.GetValueOrDefault("AccessKeyId");

    public string? Value(string name) => _parameters.GetValueOrDefault(name);

    public string Required(string name) => Value(name) is { Length: > 0 } value ? value : throw StsErrorException.Missing(name);

    public static async Task<StsRequest> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        var parameters = request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            foreach (var (name, values) in form)
            {
                parameters[name] = values.ToString();
            }
        }

        return new StsRequest(context, parameters);
    }

    // Authorization: AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/sts/aws4_request, SignedHeaders=..., Signature=...
    private static string? SignedWith(HttpRequest request)
    {
        const string field = "Credential=";
        var authorization = request.Headers.Authorization.ToString();
        var start = authorization.IndexOf(field, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += field.Length;
        var slash = authorization.IndexOf('/', start);
        return slash < 0 ? null : authorization[start..slash];
    }
}
