using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Sqs.Queues;

/// <summary>
/// The follow-up calls of a queue query: <c>GetQueueAttributes</c> for the attributes it reads, <c>ListQueueTags</c>
/// when it reads tags. A queue deleted since it was listed is dropped, as a new listing would drop it.
/// </summary>
internal sealed class QueueDetailsReader(IAmazonSQS client, IReadOnlyList<string> attributeNames, bool readsTags)
{
    public async Task<SqsQueue?> CompleteAsync(SqsQueue queue, CancellationToken cancellationToken)
    {
        try
        {
            if (attributeNames.Count > 0)
            {
                var request = new GetQueueAttributesRequest { QueueUrl = queue.Url, AttributeNames = [.. attributeNames] };
                var response = await client.GetQueueAttributesAsync(request, cancellationToken).ConfigureAwait(false);
                queue = QueueAttributes.Apply(queue, response.Attributes ?? []);
            }

            if (readsTags)
            {
                var tags = await client.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = queue.Url }, cancellationToken).ConfigureAwait(false);
                queue = queue with { Tags = tags.Tags ?? [] };
            }

            return queue;
        }
        catch (AmazonSQSException e) when (IsDeletedQueue(e))
        {
            return null;
        }
    }

    public string Describe() =>
        string.Join(" and ", new[]
        {
            attributeNames.Count > 0 ? $"GetQueueAttributes ({string.Join(", ", attributeNames)})" : null,
            readsTags ? "ListQueueTags" : null,
        }.OfType<string>());

    // The JSON protocol reports QueueDoesNotExist; the query protocol's code was AWS.SimpleQueueService.NonExistentQueue.
    private static bool IsDeletedQueue(AmazonSQSException e) =>
        e is QueueDoesNotExistException || e.ErrorCode is "QueueDoesNotExist" or "AWS.SimpleQueueService.NonExistentQueue";
}
