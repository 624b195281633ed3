using System.Text;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Hosting;

/// <summary>Stands in for a service the endpoint recognizes but does not emulate yet: answers 501 and logs the call.</summary>
internal sealed class UnservedService(ServiceKind kind) : ILocalService
{
    public ServiceKind Kind => kind;

    public async Task<ServiceOutcome> HandleAsync(HttpContext context)
    {
        var operation = await OperationNameAsync(context).ConfigureAwait(false);
        var service = kind.ToString().ToLowerInvariant();
        var response = new ServiceResponse(StatusCodes.Status501NotImplemented)
        {
            ContentType = "text/plain",
            Body = ResponseBody.FromBytes(Encoding.UTF8.GetBytes(
                $"The local AWS endpoint does not serve {service} yet ({operation})."))
        };
        var record = new ServedRequest(service, operation, null, new Dictionary<string, string>(), response.StatusCode);
        return new ServiceOutcome(record, response);
    }

    private async Task<string> OperationNameAsync(HttpContext context)
    {
        var request = context.Request;
        if (kind == ServiceKind.Sqs)
        {
            var target = request.Headers[RequestClassifier.TargetHeader].ToString();
            return target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
        }

        if (request.Query.TryGetValue("Action", out var action))
        {
            return action.ToString();
        }

        var form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        return form["Action"].ToString();
    }
}
