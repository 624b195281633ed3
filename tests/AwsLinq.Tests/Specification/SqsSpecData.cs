using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace AwsLinq.Tests.Specification;

/// <summary>
/// The queues the SQS specification runs over, created through the SDK so that every backend holds the same
/// data: several name families, FIFO queues, varied attributes, tags and real messages.
/// </summary>
public static class SqsSpecData
{
    /// <summary>Creates the queues; with <paramref name="redrivePolicy"/>, each queue it gives a policy for (FIFO or not) gets it.</summary>
    public static async Task SeedAsync(IAmazonSQS sqs, Func<int, bool, string?>? redrivePolicy = null)
    {
        string[] families = ["orders", "billing", "audit", "ord"];
        for (var i = 0; i < 60; i++)
        {
            var fifo = i % 10 == 9;
            var name = $"{families[i % families.Length]}-{i:D3}{(fifo ? ".fifo" : string.Empty)}";
            var attributes = new Dictionary<string, string>
            {
                ["VisibilityTimeout"] = (30 * (1 + (i % 4))).ToString(CultureInfo.InvariantCulture),
                ["DelaySeconds"] = (i % 5 == 0 ? 5 : 0).ToString(CultureInfo.InvariantCulture),
                ["MessageRetentionPeriod"] = (i % 2 == 0 ? 345600 : 86400).ToString(CultureInfo.InvariantCulture),
            };
            if (fifo)
            {
                attributes["FifoQueue"] = "true";
                attributes["ContentBasedDeduplication"] = "true";
            }

            if (redrivePolicy?.Invoke(i, fifo) is { } policy)
            {
                attributes["RedrivePolicy"] = policy;
            }

            var tags = new Dictionary<string, string> { ["team"] = i % 3 == 0 ? "payments" : "platform" };
            if (i % 4 == 0)
            {
                tags["env"] = "prod";
            }

            var url = (await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = attributes, Tags = tags })).QueueUrl;
            for (var m = 0; m < i % 4; m++)
            {
                await sqs.SendMessageAsync(new SendMessageRequest
                {
                    QueueUrl = url,
                    MessageBody = $"message {m}",
                    MessageGroupId = fifo ? "g" : null,
                    DelaySeconds = fifo ? null : 0,
                });
            }
        }
    }

    /// <summary>The complete listing with every attribute and tag, read with the SDK alone: the oracle's input.</summary>
    public static async Task<IReadOnlyList<SqsQueue>> CompleteListingAsync(IAmazonSQS sqs)
    {
        var urls = new List<string>();
        var request = new ListQueuesRequest { MaxResults = 1000 };
        do
        {
            var response = await sqs.ListQueuesAsync(request);
            urls.AddRange(response.QueueUrls ?? []);
            request.NextToken = response.NextToken;
        }
        while (request.NextToken is not null);

        return await DetailsAsync(sqs, urls);
    }

    /// <summary>The queues at these URLs, with every attribute and tag, read with the SDK alone.</summary>
    public static async Task<IReadOnlyList<SqsQueue>> DetailsAsync(IAmazonSQS sqs, IEnumerable<string> urls)
    {
        var queues = new List<SqsQueue>();
        foreach (var url in urls)
        {
            var attributes = (await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = url, AttributeNames = ["All"] })).Attributes ?? [];
            var tags = (await sqs.ListQueueTagsAsync(new ListQueueTagsRequest { QueueUrl = url })).Tags ?? [];
            long? Number(string name) => attributes.TryGetValue(name, out var v) ? long.Parse(v, CultureInfo.InvariantCulture) : null;
            queues.Add(new SqsQueue(url)
            {
                ApproximateNumberOfMessages = Number("ApproximateNumberOfMessages"),
                ApproximateNumberOfMessagesNotVisible = Number("ApproximateNumberOfMessagesNotVisible"),
                ApproximateNumberOfMessagesDelayed = Number("ApproximateNumberOfMessagesDelayed"),
                VisibilityTimeout = (int?)Number("VisibilityTimeout"),
                MessageRetentionPeriod = (int?)Number("MessageRetentionPeriod"),
                MaximumMessageSize = (int?)Number("MaximumMessageSize"),
                DelaySeconds = (int?)Number("DelaySeconds"),
                ReceiveMessageWaitTimeSeconds = (int?)Number("ReceiveMessageWaitTimeSeconds"),
                CreatedTimestamp = Number("CreatedTimestamp") is long created ? DateTimeOffset.FromUnixTimeSeconds(created) : null,
                LastModifiedTimestamp = Number("LastModifiedTimestamp") is long modified ? DateTimeOffset.FromUnixTimeSeconds(modified) : null,
                Arn = attributes.GetValueOrDefault("QueueArn"),
                ContentBasedDeduplication = attributes.TryGetValue("ContentBasedDeduplication", out var dedup) ? bool.Parse(dedup) : null,
                RedrivePolicy = attributes.GetValueOrDefault("RedrivePolicy"),
                KmsMasterKeyId = attributes.GetValueOrDefault("KmsMasterKeyId"),
                Tags = tags,
            });
        }

        return queues;
    }
}
