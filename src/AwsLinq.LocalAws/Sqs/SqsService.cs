using AwsLinq.LocalAws.Hosting;
using AwsLinq.LocalAws.Sqs.Operations;
using AwsLinq.LocalAws.Sqs.Query;
using Microsoft.AspNetCore.Http;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// SQS in both its protocols, answered from one model: JSON 1.0 (<c>POST /</c>, <c>X-Amz-Target:
/// AmazonSQS.&lt;Operation&gt;</c>, JSON both ways) and the query protocol (<c>Action=&lt;Operation&gt;&amp;Version=2012-11-05</c>
/// in a form post or the query string, often to the queue's URL, answered with XML).
/// </summary>
internal sealed class SqsService(LocalSqs sqs) : ProtocolService<SqsRequest>("sqs", sqs.Faults)
{
    protected override NamedErrors Errors { get; } = new(
        (400, "ThrottlingException", "Rate exceeded"),
        (500, "InternalFailure", "The request processing has failed because of an unknown error, exception or failure."),
        (503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server."));

    public override bool Claims(HttpRequest request) => SqsRequest.IsJson(request) || SqsQueryShape.Claims(request);

    protected override OperationRegistry<SqsRequest> CreateRegistry() => new(
        [
            new CreateQueueOperation(sqs), new ListQueuesOperation(sqs), new GetQueueUrlOperation(sqs),
            new GetQueueAttributesOperation(sqs), new SetQueueAttributesOperation(sqs), new TagQueueOperation(sqs),
            new UntagQueueOperation(sqs), new ListQueueTagsOperation(sqs), new DeleteQueueOperation(sqs),
            new PurgeQueueOperation(sqs), new SendMessageOperation(sqs), new ReceiveMessageOperation(sqs),
            new DeleteMessageOperation(sqs), new SendMessageBatchOperation(sqs), new DeleteMessageBatchOperation(sqs),
            new ChangeMessageVisibilityOperation(sqs), new ChangeMessageVisibilityBatchOperation(sqs),
            new ListDeadLetterSourceQueuesOperation(sqs),
        ],
        request => new UnsupportedOperation(sqs, request.Operation));

    protected override async Task<SqsRequest> ReadAsync(HttpContext context) =>
        await SqsRequest.ReadAsync(context).ConfigureAwait(false);

    protected override ServiceException Error(int statusCode, string code, string message) =>
        new SqsErrorException(SqsErrors.Namespace + code, code, message, statusCode);

    protected override ServiceResponse ErrorResponse(SqsRequest request, ServiceException error) =>
        request.WireProtocol.Error((SqsErrorException)error, request.RequestId);

    protected override ServiceException InternalError(Exception cause) => SqsErrors.InternalError(cause);

    // SQS names its request id header the JSON way; the SDK reads it into the exception's RequestId.
    protected override void AddRequestIds(SqsRequest request, ServiceResponse response) =>
        response.Headers["x-amzn-RequestId"] = request.RequestId;
}
