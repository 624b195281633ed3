using System.Text.Json.Nodes;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>
/// One SQS API operation: its name (the <c>Action</c>, or <c>X-Amz-Target</c> after <c>AmazonSQS.</c>) and its
/// JSON-shaped answer, which the request's protocol writes.
/// </summary>
internal abstract class SqsOperation(LocalSqs sqs) : ServiceOperation<SqsRequest>
{
    protected LocalSqs Sqs { get; } = sqs;

    public sealed override async Task<ServiceResponse> ExecuteAsync(SqsRequest request)
    {
        request.ThrowIfMalformed();
        var result = await AnswerAsync(request).ConfigureAwait(false);
        return request.WireProtocol.Success(Name, result, request.RequestId);
    }

    /// <summary>Answers with the JSON body of the response, or throws <see cref="SqsErrorException"/>.</summary>
    public abstract JsonObject Execute(SqsRequest request);

    /// <summary>The answer of an operation that may wait (a long poll); by default <see cref="Execute"/>'s, at once.</summary>
    protected virtual ValueTask<JsonObject> AnswerAsync(SqsRequest request) => ValueTask.FromResult(Execute(request));

    /// <summary>
    /// The queue the request's QueueUrl names. The SDK posts every request to its ServiceURL whatever host the queue
    /// URL has, so a URL for another host, port or account reaches this server and must not find a queue here.
    /// </summary>
    protected SqsQueue RequireQueue(SqsRequest request) =>
        Sqs.FindByUrl(request.RequiredString("QueueUrl")) ?? throw SqsErrors.QueueDoesNotExist();
}
