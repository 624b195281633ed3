using AwsLinq.LocalAws.Ec2.Operations;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// EC2's query protocol: <c>Action=&lt;Operation&gt;&amp;Version=2016-11-15&amp;...</c>, form-encoded in a POST (or in
/// the query string), answered with XML in the 2016-11-15 namespace or with EC2's error body.
/// </summary>
internal sealed class Ec2Service(LocalEc2 ec2) : ProtocolService<Ec2Request>("ec2", ec2.Faults)
{
    protected override NamedErrors Errors { get; } = new(
        (503, "RequestLimitExceeded", "Request limit exceeded."),
        (500, "InternalError", "An internal error has occurred."),
        (503, "Unavailable", "The server is overloaded and can't handle the request."));

    /// <summary>S3 never takes an Action parameter, and never receives a form POST at the root.</summary>
    public override bool Claims(HttpRequest request) =>
        request.Query.ContainsKey("Action")
        || (HttpMethods.IsPost(request.Method) && request.Path == "/" && request.HasFormContentType);

    protected override OperationRegistry<Ec2Request> CreateRegistry() => new(
        [
            new DescribeInstancesOperation(ec2), new RunInstancesOperation(ec2), new CreateTagsOperation(ec2),
            new DeleteTagsOperation(ec2), new StartInstancesOperation(ec2), new StopInstancesOperation(ec2),
            new RebootInstancesOperation(ec2), new TerminateInstancesOperation(ec2), .. Ec2ResourceOperations.Create(ec2),
        ],
        request => new UnknownActionOperation(ec2, request.OperationName));

    protected override async Task<Ec2Request> ReadAsync(HttpContext context) =>
        await Ec2Request.ReadAsync(context).ConfigureAwait(false);

    protected override ServiceException Error(int statusCode, string code, string message) => new Ec2ErrorException(statusCode, code, message);

    protected override ServiceResponse ErrorResponse(Ec2Request request, ServiceException error) =>
        Ec2ErrorResponse.Create(error, request.RequestId);

    protected override ServiceException InternalError(Exception cause) => Ec2Errors.InternalError(cause);

    protected override void AddRequestIds(Ec2Request request, ServiceResponse response) =>
        response.Headers["x-amzn-RequestId"] = request.RequestId;
}
