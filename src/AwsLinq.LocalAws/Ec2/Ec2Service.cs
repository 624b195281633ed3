using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>EC2's query protocol: <c>Action=&lt;Operation&gt;</c>, form-encoded, XML answers.</summary>
internal sealed class Ec2Service(LocalEc2 state) : ILocalService
{
    public ServiceKind Kind => ServiceKind.Ec2;

    public LocalEc2 State { get; } = state;

    public Task<ServiceOutcome> HandleAsync(HttpContext context) => new UnservedService(Kind).HandleAsync(context);
}
