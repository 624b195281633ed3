using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>
/// What every emulated service does the same way: read the request, find its operation in the registry, run it, turn
/// a service error (or a bug) into the protocol's error body, and make the request log's record. A protocol supplies
/// how requests are read and errors written; an operation is one class registered in <see cref="Registry"/>.
/// </summary>
internal abstract class ProtocolService<TRequest> : ILocalService
    where TRequest : ServiceRequest
{
    protected ProtocolService(string name)
    {
        Name = name;
    }

    public string Name { get; }

    /// <summary>The operations this service answers; built once, on first use.</summary>
    protected OperationRegistry<TRequest> Registry => field ??= CreateRegistry();

    public abstract bool Claims(HttpRequest request);

    public async Task<ServiceOutcome> HandleAsync(HttpContext context)
    {
        var request = await ReadAsync(context).ConfigureAwait(false);
        var operation = Registry.Resolve(request);
        ServiceResponse response;
        try
        {
            operation.Log(request);
            response = await operation.ExecuteAsync(request).ConfigureAwait(false);
        }
        catch (ServiceException error)
        {
            response = ErrorResponse(request, error);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            // A bug here should reach the client as the service's internal error, and the log, rather than a bare 500.
            response = ErrorResponse(request, InternalError(unexpected));
        }

        AddRequestIds(request, response);
        var record = new ServedRequest(Name, operation.Name, request.Bucket, request.Logged.AsReadOnly(), response.StatusCode);
        return new ServiceOutcome(record, response);
    }

    protected abstract OperationRegistry<TRequest> CreateRegistry();

    /// <summary>Reads the request and records what the protocol logs of every request; throws nothing a client caused.</summary>
    protected abstract Task<TRequest> ReadAsync(HttpContext context);

    protected abstract ServiceResponse ErrorResponse(TRequest request, ServiceException error);

    protected abstract ServiceException InternalError(Exception cause);

    protected abstract void AddRequestIds(TRequest request, ServiceResponse response);
}
