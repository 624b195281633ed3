using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>One emulated AWS service, as the dispatcher sees it: its name, which requests are its, and how it answers.</summary>
internal interface ILocalService
{
    /// <summary>The service's name in the request log, which is also the name clients sign for (<c>s3</c>, <c>ec2</c>).</summary>
    string Name { get; }

    /// <summary>The faults of the service, which the server's options add to at the start.</summary>
    LocalFaults Faults { get; }

    /// <summary>Whether a request that names no signing service has this service's shape; read without the body.</summary>
    bool Claims(HttpRequest request);

    /// <summary>Answers the request without writing to the response; the dispatcher logs, then writes.</summary>
    Task<ServiceOutcome> HandleAsync(HttpContext context);
}
