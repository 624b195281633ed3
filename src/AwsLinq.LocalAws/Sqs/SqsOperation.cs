using System.Text.Json.Nodes;
using AwsLinq.LocalAws.Hosting;

namespace AwsLinq.LocalAws.Sqs;

/// <summary>One SQS API operation: its name, as <c>X-Amz-Target</c> gives it after <c>AmazonSQS.</c>, and its JSON answer.</summary>
internal abstract class SqsOperation(LocalSqs sqs) : ServiceOperation<SqsRequest>
{
    protected LocalSqs Sqs { get; } = sqs;

    public sealed override Task<ServiceResponse> ExecuteAsync(SqsRequest request)
    {
        request.ThrowIfMalformed();
        return Task.FromResult(SqsJson.Success(Execute(request)));
    }

    /// <summary>Answers with the JSON body of the response, or throws <see cref="SqsErrorException"/>.</summary>
    public abstract JsonObject Execute(SqsRequest request);

    /// <summary>
    /// The queue the request's QueueUrl names. The SDK posts every request to its ServiceURL whatever host the queue
    /// URL has, so a URL for another host, port or account reaches this server and must not find a queue here.
    /// </summary>
    protected SqsQueue RequireQueue(SqsRequest request) =>
        Sqs.FindByUrl(request.RequiredString("QueueUrl")) ?? throw SqsErrors.QueueDoesNotExist();
}
