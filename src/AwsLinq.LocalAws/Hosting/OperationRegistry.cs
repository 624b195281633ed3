namespace AwsLinq.LocalAws.Hosting;

/// <summary>
/// A service's operations in registration order. The first that matches a request answers it; a request none matches
/// goes to the fallback, which answers with the service's "not served" error under the name the request gave.
/// </summary>
internal sealed class OperationRegistry<TRequest>(
    IReadOnlyList<ServiceOperation<TRequest>> operations,
    Func<TRequest, ServiceOperation<TRequest>> fallback)
    where TRequest : ServiceRequest
{
    public IReadOnlyList<ServiceOperation<TRequest>> Operations { get; } = operations;

    public ServiceOperation<TRequest> Resolve(TRequest request)
    {
        foreach (var operation in Operations)
        {
            if (operation.Matches(request))
            {
                return operation;
            }
        }

        return fallback(request);
    }
}
