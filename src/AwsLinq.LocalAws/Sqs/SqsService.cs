using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>SQS's JSON 1.0 protocol: <c>X-Amz-Target: AmazonSQS.&lt;Operation&gt;</c>.</summary>
internal sealed class SqsService(LocalSqs state) : ILocalService
{
    public ServiceKind Kind => ServiceKind.Sqs;

    public LocalSqs State { get; } = state;

    public Task<ServiceOutcome> HandleAsync(HttpContext context) => new UnservedService(Kind).HandleAsync(context);
}
