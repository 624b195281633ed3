namespace AwsLinq.LocalAws.Hosting;

/// <summary>What a service answers, before the dispatcher logs it and writes it to the wire.</summary>
internal sealed class ServiceResponse(int statusCode)
{
    public int StatusCode { get; } = statusCode;

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? ContentType { get; init; }

    /// <summary>The body; for a HEAD request only its length is sent, as Content-Length.</summary>
    public ResponseBody? Body { get; init; }
}
