using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Sqs.Queues;

/// <summary>
/// The follow-up calls of a queue query: <c>GetQueueAttributes</c> for the attributes it reads, <c>ListQueueTags</c>
/// when it reads tags. A queue deleted since it was listed is dropped, as a new listing would drop it.
/// </summary>
internal sealed class QueueDetailsReader(IAmazonSQS client)
{
    public FollowUpCall<SqsQueue> Attributes(IEnumerable<string> names)
    {
        var attributeNames = names.Order(StringComparer.Ordinal).ToList();
        return new($"GetQueueAttributes ({string.Join(", ", attributeNames)}) per queue", (queue, cancellationToken) => Existing(queue, async () =>
        {
            var request = new GetQueueAttributesRequest { QueueUrl = queue.Url, AttributeNames = [.. attributeNames] };
            var response = await client.GetQueueAttributesAsync(request, cancellationToken).ConfigureAwait(false);
            return QueueAttributes.Apply(queue, response.Attributes ?? []);
        }));
    }

    public FollowUpCall<SqsQueue> Tags() =>
        new("ListQueueTags per queue", (queue, cancellationToken) => Existing(queue, async () =>
        {
            var tags = await client.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = queue.Url }, cancellationToken).ConfigureAwait(false);
            return queue with { Tags = tags.Tags ?? [] };
        }));

    /// <summary>Whether the error says the queue does not exist: the JSON protocol's QueueDoesNotExist or the query protocol's code.</summary>
    public static bool IsDeletedQueue(AmazonSQSException e) =>
        e is QueueDoesNotExistException || e.ErrorCode is "QueueDoesNotExist" or "AWS.SimpleQueueService.NonExistentQueue";

    private static async Task<SqsQueue?> Existing(SqsQueue queue, Func<Task<SqsQueue>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonSQSException e) when (IsDeletedQueue(e))
        {
            return null;
        }
    }
}
