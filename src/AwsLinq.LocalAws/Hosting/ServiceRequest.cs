using AwsLinq.LocalAws.Faults;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>What a request of any protocol has: its HTTP exchange, the id its answer carries, and what the log records.</summary>
internal abstract class ServiceRequest(HttpContext context, string requestId)
{
    public HttpContext Context { get; } = context;

    public CancellationToken Aborted => Context.RequestAborted;

    /// <summary>The id sent back with the answer, in the form the service uses.</summary>
    public string RequestId { get; } = requestId;

    /// <summary>The operation the request names (<c>Action</c>, <c>X-Amz-Target</c>); <see langword="null"/> where a route names it.</summary>
    public abstract string? OperationName { get; }

    /// <summary>The wire protocol the request came in, as the AWS models name them (<c>rest-xml</c>, <c>ec2</c>, <c>query</c>, <c>json</c>).</summary>
    public abstract string Protocol { get; }

    /// <summary>The bucket the log records; only S3 requests address one.</summary>
    public virtual string? Bucket => null;

    /// <summary>What the request log records, by AWS API parameter name; the protocol and the operation fill it.</summary>
    public Dictionary<string, string> Logged { get; } = new(StringComparer.Ordinal);

    /// <summary>The faults that hit this request; operations read the misbehaviours they show.</summary>
    public FaultDraw Faults { get; set; } = FaultDraw.None;

    public string? Header(string name) =>
        Context.Request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;

    public async Task<byte[]> ReadBodyAsync()
    {
        using var buffer = new MemoryStream();
        await Context.Request.Body.CopyToAsync(buffer, Aborted).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
