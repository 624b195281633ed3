using AwsLinq.LocalAws.Ec2.Operations;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AwsLinq.LocalAws.Ec2;

/// <summary>
/// EC2's query protocol: <c>Action=&lt;Operation&gt;&amp;Version=2016-11-15&amp;...</c>, form-encoded in a POST (or in
/// the query string), answered with XML in the 2016-11-15 namespace or with EC2's error body.
/// </summary>
internal sealed class Ec2Service : ILocalService
{
    // The SDK sends one form field per list member, so a large CreateTags goes past ASP.NET's default of 1,024.
    private static readonly FormOptions Form = new() { ValueCountLimit = int.MaxValue, KeyLengthLimit = int.MaxValue };

    private readonly Dictionary<string, Ec2Operation> _operations;

    public Ec2Service(LocalEc2 state)
    {
        State = state;
        Ec2Operation[] operations =
        [
            new DescribeInstancesOperation(state), new RunInstancesOperation(state), new CreateTagsOperation(state),
            new DeleteTagsOperation(state), new StartInstancesOperation(state), new StopInstancesOperation(state),
            new RebootInstancesOperation(state), new TerminateInstancesOperation(state),
        ];
        _operations = operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
    }

    public ServiceKind Kind => ServiceKind.Ec2;

    public LocalEc2 State { get; }

    public async Task<ServiceOutcome> HandleAsync(HttpContext context)
    {
        var request = new Ec2Request(await ReadParametersAsync(context.Request, context.RequestAborted).ConfigureAwait(false));
        var requestId = Guid.NewGuid().ToString();
        ServiceResponse response;
        try
        {
            response = Answer(request, requestId);
        }
        catch (Ec2ErrorException error)
        {
            response = Ec2ErrorResponse.Create(error, requestId);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            // A bug here should reach the client as EC2's InternalError, and the log, rather than a bare 500.
            response = Ec2ErrorResponse.Create(Ec2Errors.InternalError(unexpected), requestId);
        }

        response.Headers["x-amzn-RequestId"] = requestId;
        var record = new ServedRequest("ec2", request.Action ?? string.Empty, null, Ec2RequestLogParameters.From(request), response.StatusCode);
        return new ServiceOutcome(record, response);
    }

    private ServiceResponse Answer(Ec2Request request, string requestId)
    {
        var action = request.Action is { Length: > 0 } name ? name : throw Ec2Errors.MissingAction();
        if (State.Faults.Take(action) is { } fault)
        {
            throw fault;
        }

        var operation = _operations.GetValueOrDefault(action) ?? throw Ec2Errors.InvalidAction(action);
        return Ec2Xml.Response(operation.Name, requestId, operation.Execute(request));
    }

    private static async Task<Dictionary<string, string>> ReadParametersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Query)
        {
            parameters[name] = values.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(Form, cancellationToken).ConfigureAwait(false);
            foreach (var (name, values) in form)
            {
                parameters[name] = values.ToString();
            }
        }

        return parameters;
    }
}
