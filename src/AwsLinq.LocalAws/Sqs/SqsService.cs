using System.Text.Json;
using AwsLinq.LocalAws.Hosting;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>SQS's JSON 1.0 protocol: <c>POST /</c>, <c>X-Amz-Target: AmazonSQS.&lt;Operation&gt;</c>, JSON both ways.</summary>
internal sealed class SqsService(LocalSqs state) : ILocalService
{
    private readonly SqsOperations _operations = new(state);

    public ServiceKind Kind => ServiceKind.Sqs;

    public LocalSqs State { get; } = state;

    public async Task<ServiceOutcome> HandleAsync(HttpContext context)
    {
        var target = context.Request.Headers[RequestClassifier.TargetHeader].ToString();
        var operation = target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        ServiceResponse response;
        try
        {
            using var body = await ReadBodyAsync(context).ConfigureAwait(false);
            var request = new SqsRequest(operation, body.RootElement);
            parameters = request.LoggedParameters();
            response = SqsJson.Success(_operations.Execute(request));
        }
        catch (SqsErrorException error)
        {
            response = SqsJson.Error(error);
        }
        catch (Exception unexpected) when (unexpected is not OperationCanceledException)
        {
            // A bug here should reach the client as an SQS error it can read, and the log, rather than a bare 500.
            response = SqsJson.Error(SqsErrors.InternalError(unexpected));
        }

        // SQS names its request id header the JSON way; the SDK reads it into the exception's RequestId.
        response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        var record = new ServedRequest("sqs", operation, null, parameters.AsReadOnly(), response.StatusCode);
        return new ServiceOutcome(record, response);
    }

    private static async Task<JsonDocument> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        try
        {
            return buffer.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException e)
        {
            throw SqsErrors.SerializationException("The request body is not valid JSON: " + e.Message);
        }
    }
}
