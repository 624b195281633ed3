namespace AwsLinq.LocalAws.Hosting;

/// <summary>One API operation of a service: its name in the log, which requests it answers, and how.</summary>
internal abstract class ServiceOperation<TRequest>
    where TRequest : ServiceRequest
{
    public abstract string Name { get; }

    /// <summary>Whether this operation answers the request: by default, when the request names it.</summary>
    public virtual bool Matches(TRequest request) => string.Equals(request.OperationName, Name, StringComparison.Ordinal);

    /// <summary>Adds to <see cref="ServiceRequest.Logged"/> what the protocol does not record by itself; runs first.</summary>
    public virtual void Log(TRequest request)
    {
    }

    /// <summary>Answers the request, or throws the service's <see cref="ServiceException"/>.</summary>
    public abstract Task<ServiceResponse> ExecuteAsync(TRequest request);
}
