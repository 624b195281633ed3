using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static AwsLinq.LocalAws.Sqs.QueueAttributeNames;

namespace AwsLinq.LocalAws.Sqs.Operations;

/// <summary>
/// <c>ReceiveMessage</c>: up to MaxNumberOfMessages (1 to 10) visible messages, hidden for VisibilityTimeout. With
/// WaitTimeSeconds (or the queue's ReceiveMessageWaitTimeSeconds) above 0 it long-polls: when no message is there it
/// waits, holding no thread, and answers as soon as one arrives (or a delay or visibility timeout ends), or empty
/// when the wait is over. An empty receive has no Messages member, as in SQS.
/// </summary>
internal sealed class ReceiveMessageOperation(LocalSqs sqs) : SqsOperation(sqs)
{
    public override string Name => "ReceiveMessage";

    /// <summary>One receive, without waiting.</summary>
    public override JsonObject Execute(SqsRequest request)
    {
        var queue = RequireQueue(request);
        var max = Checked(request, "MaxNumberOfMessages", 1, 10, "Must be between 1 and 10, if provided.") ?? 1;
        var visibility = Checked(request, "VisibilityTimeout", 0, 43_200, "Must be >= 0 and <= 43200, if provided.");
        WaitTime(request, queue);

        // AttributeNames is the deprecated spelling of MessageSystemAttributeNames; SDKs may send either.
        var systemNames = request.StringList("AttributeNames").Concat(request.StringList("MessageSystemAttributeNames")).ToList();
        var attributeNames = request.StringList("MessageAttributeNames");
        var deliveries = queue.Messages.Receive(max, visibility, Sqs.Now);

        var answer = new JsonObject();
        if (deliveries.Count > 0)
        {
            answer["Messages"] = new JsonArray([.. deliveries.Select(d => (JsonNode)ReceivedMessageJson.Write(d, queue.IsFifo, systemNames, attributeNames))]);
        }

        return answer;
    }

    protected override async ValueTask<JsonObject> AnswerAsync(SqsRequest request)
    {
        var answer = Execute(request);
        var queue = RequireQueue(request);
        var wait = WaitTime(request, queue);
        if (answer.ContainsKey("Messages") || wait == 0)
        {
            return answer;
        }

        // A server that stops ends the wait with an empty answer, so that stopping never waits for a long poll.
        var stopping = request.Context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(request.Aborted, stopping);
        var deadline = Task.Delay(TimeSpan.FromSeconds(wait), Sqs.TimeProvider, ended.Token);
        using var waiting = queue.Messages.Wait();
        while (true)
        {
            // Taken before the receive, so that a message sent between the receive and the wait is not missed.
            var arrival = queue.Messages.Arrival;
            answer = Execute(request);
            if (answer.ContainsKey("Messages") || deadline.IsCompleted)
            {
                return answer;
            }

            using var wake = CancellationTokenSource.CreateLinkedTokenSource(ended.Token);
            var visible = queue.Messages.UntilNextVisible(Sqs.Now) is { } soon
                ? Task.Delay(soon < TimeSpan.Zero ? TimeSpan.Zero : soon, Sqs.TimeProvider, wake.Token)
                : Task.Delay(Timeout.Infinite, wake.Token);
            await Task.WhenAny(arrival, deadline, visible).ConfigureAwait(false);
            await wake.CancelAsync().ConfigureAwait(false);
            request.Aborted.ThrowIfCancellationRequested();
        }
    }

    /// <summary>WaitTimeSeconds (0 to 20), or the queue's ReceiveMessageWaitTimeSeconds when the request has none.</summary>
    private static int WaitTime(SqsRequest request, SqsQueue queue) =>
        Checked(request, "WaitTimeSeconds", 0, 20, "Must be >= 0 and <= 20, if provided.") ?? queue.IntAttribute(ReceiveMessageWaitTimeSeconds);

    private static int? Checked(SqsRequest request, string member, int min, int max, string reason)
    {
        var value = request.Int(member);
        return value is { } number && (number < min || number > max)
            ? throw SqsErrors.OutOfRange(member, SqsJson.Number(number), reason)
            : value;
    }
}
