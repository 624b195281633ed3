using AwsLinq.LocalAws.Hosting;
using AwsLinq.LocalAws.Sts.Operations;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Sts;

/// <summary>
/// STS's query protocol, minimally: <c>GetCallerIdentity</c>, <c>AssumeRole</c> and <c>AssumeRoleWithWebIdentity</c>,
/// enough for the SDKs' <c>role_arn</c>/<c>source_profile</c> and web identity credentials and for tools that show
/// which account they act in. Signed requests reach it by their credential scope (<c>sts</c>).
/// </summary>
internal sealed class StsService(LocalSts sts) : ProtocolService<StsRequest>("sts", sts.Faults)
{
    // The STS API reference's common errors: ThrottlingException is sent as Throttling, as the SDKs' retry rules expect.
    protected override NamedErrors Errors { get; } = new(
        (400, "Throttling", "Rate exceeded"),
        (500, "InternalFailure", "The request processing has failed because of an unknown error, exception or failure."),
        (503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server."));

    /// <summary>
    /// Claims the one unsigned STS call the SDKs make, <c>AssumeRoleWithWebIdentity</c>: a form POST at the root (as
    /// EC2's are), told apart without the body by the SDK's user agent, which names the service (<c>api/STS#...</c>).
    /// </summary>
    public override bool Claims(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path == "/" && request.HasFormContentType
        && request.Headers.UserAgent.ToString().Contains("api/STS#", StringComparison.OrdinalIgnoreCase);

    protected override OperationRegistry<StsRequest> CreateRegistry() => new(
        [new GetCallerIdentityOperation(sts), new AssumeRoleOperation(sts), new AssumeRoleWithWebIdentityOperation(sts)],
        request => new UnknownActionOperation(sts, request.OperationName));

    protected override async Task<StsRequest> ReadAsync(HttpContext context) => await StsRequest.ReadAsync(context).ConfigureAwait(false);

    protected override ServiceException Error(int statusCode, string code, string message) =>
        new StsErrorException(statusCode, code, message, sender: statusCode < 500);

    protected override ServiceResponse ErrorResponse(StsRequest request, ServiceException error) =>
        StsXml.Error(error as StsErrorException ?? new StsErrorException(error.StatusCode, error.Code, error.Message), request.RequestId);

    protected override ServiceException InternalError(Exception cause) =>
        new StsErrorException(500, "InternalFailure", "The request processing has failed because of an unknown error. " + cause.Message, sender: false);

    protected override void AddRequestIds(StsRequest request, ServiceResponse response) =>
        response.Headers["x-amzn-RequestId"] = request.RequestId;
}
