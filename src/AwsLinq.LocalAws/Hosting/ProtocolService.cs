using AwsLinq.LocalAws.Faults;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>
/// What every emulated service does the same way: read the request, find its operation in the registry, apply the
/// faults that hit it, run it, turn a service error (or a bug) into the protocol's error body, and make the request
/// log's record, with the delay the dispatcher is to wait before answering. A protocol supplies how requests are read and errors written; an operation is one class registered
/// in <see cref="CreateRegistry"/>.
/// </summary>
internal abstract class ProtocolService<TRequest> : ILocalService
    where TRequest : ServiceRequest
{
    /// <summary>The status the log records for a request whose connection was dropped: no answer was sent.</summary>
    public const int NoAnswer = 0;

    protected ProtocolService(string name, LocalFaults faults)
    {
        Name = name;
        Faults = faults;
    }

    public string Name { get; }

    public LocalFaults Faults { get; }

    /// <summary>The operations this service answers; built once, on first use.</summary>
    protected OperationRegistry<TRequest> Registry => field ??= CreateRegistry();

    /// <summary>The status, code and message of the errors <see cref="LocalFault"/> names for every service.</summary>
    protected abstract NamedErrors Errors { get; }

    public abstract bool Claims(HttpRequest request);

    public async Task<ServiceOutcome> HandleAsync(HttpContext context)
    {
        var request = await ReadAsync(context).ConfigureAwait(false);
        var operation = Registry.Resolve(request);
        var faults = Faults.Draw(operation.Name);
        request.Faults = faults;

        ServiceResponse response;
        try
        {
            operation.Log(request);
            response = faults.Failure switch
            {
                { Kind: LocalFaultKind.Error } error => throw ErrorFor(error),
                { Kind: LocalFaultKind.DropBeforeActing } => new ServiceResponse(NoAnswer),
                _ => await operation.ExecuteAsync(request).ConfigureAwait(false),
            };
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
        var dropped = faults.Failure?.Kind is LocalFaultKind.DropBeforeActing or LocalFaultKind.DropAfterActing;
        var record = new ServedRequest(Name, operation.Name, request.Bucket, request.Logged.AsReadOnly(), dropped ? NoAnswer : response.StatusCode)
        {
            Protocol = request.Protocol,
            Fault = faults.Describe(),
            Delay = faults.Delay,
        };
        return new ServiceOutcome(record, response, dropped);
    }

    protected abstract OperationRegistry<TRequest> CreateRegistry();

    /// <summary>Reads the request and records what the protocol logs of every request; throws nothing a client caused.</summary>
    protected abstract Task<TRequest> ReadAsync(HttpContext context);

    /// <summary>An error in this service's form, with the given status, code and message.</summary>
    protected abstract ServiceException Error(int statusCode, string code, string message);

    protected abstract ServiceResponse ErrorResponse(TRequest request, ServiceException error);

    protected abstract ServiceException InternalError(Exception cause);

    protected abstract void AddRequestIds(TRequest request, ServiceResponse response);

    private ServiceException ErrorFor(LocalFault fault)
    {
        var (status, code, message) = fault == LocalFault.Throttling || fault == LocalFault.RateLimited ? Errors.Throttling
            : fault == LocalFault.InternalError ? Errors.InternalError
            : fault == LocalFault.Unavailable ? Errors.Unavailable
            : (fault.StatusCode, fault.Code!, fault.Message!);
        return Error(status, code, message);
    }
}
