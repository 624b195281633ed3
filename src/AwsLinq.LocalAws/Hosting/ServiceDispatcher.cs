using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>
/// The one terminal middleware of the server: picks the service by request shape, records the request,
/// then writes the answer. Recording comes first so that a client never sees a response the log lacks.
/// </summary>
internal sealed class ServiceDispatcher
{
    private readonly Dictionary<ServiceKind, ILocalService> _services;
    private readonly RequestLog _log;

    public ServiceDispatcher(IEnumerable<ILocalService> services, RequestLog log)
    {
        _services = services.ToDictionary(s => s.Kind);
        _log = log;
    }

    public async Task DispatchAsync(HttpContext context)
    {
        var kind = RequestClassifier.Classify(context.Request);
        var service = _services.GetValueOrDefault(kind) ?? new UnservedService(kind);
        var outcome = await service.HandleAsync(context).ConfigureAwait(false);
        _log.Add(outcome.Record);
        await WriteAsync(context, outcome.Response).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, ServiceResponse answer)
    {
        var response = context.Response;
        response.StatusCode = answer.StatusCode;
        foreach (var (name, value) in answer.Headers)
        {
            response.Headers[name] = value;
        }

        if (answer.ContentType is not null)
        {
            response.ContentType = answer.ContentType;
        }

        if (answer.Body is null)
        {
            if (answer.StatusCode != StatusCodes.Status204NoContent)
            {
                response.ContentLength = 0;
            }

            return;
        }

        response.ContentLength = answer.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await answer.Body.WriteToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
