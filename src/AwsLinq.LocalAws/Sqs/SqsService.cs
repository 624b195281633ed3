using AwsLinq.LocalAws.Hosting;
using AwsLinq.LocalAws.Sqs.Operations;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>SQS's JSON 1.0 protocol: <c>POST /</c>, <c>X-Amz-Target: AmazonSQS.&lt;Operation&gt;</c>, JSON both ways.</summary>
internal sealed class SqsService(LocalSqs sqs) : ProtocolService<SqsRequest>("sqs", sqs.Faults)
{
    protected override NamedErrors Errors { get; } = new(
        (400, "ThrottlingException", "Rate exceeded"),
        (500, "InternalFailure", "The request processing has failed because of an unknown error, exception or failure."),
        (503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server."));

    public override bool Claims(HttpRequest request) =>
        request.Headers[SqsRequest.TargetHeader].ToString().StartsWith(SqsRequest.TargetPrefix, StringComparison.Ordinal);

    protected override OperationRegistry<SqsRequest> CreateRegistry() => new(
        [
            new CreateQueueOperation(sqs), new ListQueuesOperation(sqs), new GetQueueUrlOperation(sqs),
            new GetQueueAttributesOperation(sqs), new SetQueueAttributesOperation(sqs), new TagQueueOperation(sqs),
            new UntagQueueOperation(sqs), new ListQueueTagsOperation(sqs), new DeleteQueueOperation(sqs),
            new PurgeQueueOperation(sqs), new SendMessageOperation(sqs), new ReceiveMessageOperation(sqs),
            new DeleteMessageOperation(sqs),
        ],
        request => new UnsupportedOperation(sqs, request.Operation));

    protected override async Task<SqsRequest> ReadAsync(HttpContext context) =>
        await SqsRequest.ReadAsync(context).ConfigureAwait(false);

    protected override ServiceException Error(int statusCode, string code, string message) =>
        new SqsErrorException(SqsErrors.Namespace + code, code, message, statusCode);

    protected override ServiceResponse ErrorResponse(SqsRequest request, ServiceException error) =>
        SqsJson.Error((SqsErrorException)error);

    protected override ServiceException InternalError(Exception cause) => SqsErrors.InternalError(cause);

    // SQS names its request id header the JSON way; the SDK reads it into the exception's RequestId.
    protected override void AddRequestIds(SqsRequest request, ServiceResponse response) =>
        response.Headers["x-amzn-RequestId"] = request.RequestId;
}
