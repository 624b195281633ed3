using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>One emulated AWS service. The dispatcher picks it by the shape of the request.</summary>
internal interface ILocalService
{
    ServiceKind Kind { get; }

    /// <summary>Answers the request without writing to the response; the dispatcher logs, then writes.</summary>
    Task<ServiceOutcome> HandleAsync(HttpContext context);
}
