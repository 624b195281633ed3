using Amazon.SQS;

namespace AwsLinq.Providers;

/// <summary>The SQS collections, as tools such as the <c>awslinq</c> command offer them.</summary>
public static class SqsCatalog
{
    /// <summary>Gets the service: its client and its collections.</summary>
    public static ServiceCatalog Service { get; } = new()
    {
        Name = "sqs",
        Description = "Query SQS queues and the sources of dead-letter queues, and delete or purge them.",
        NewConfig = () => new AmazonSQSConfig(),
        CreateClient = (credentials, config) => credentials is null ? new AmazonSQSClient((AmazonSQSConfig)config) : new AmazonSQSClient(credentials, (AmazonSQSConfig)config),
        Collections =
        [
            new CollectionEntry<IAmazonSQS, SqsQueue>
            {
                Name = "queues",
                Description = "List queues (ListQueues). Name.StartsWith is sent as QueueNamePrefix; attributes are fetched only for the columns and predicates that read them.",
                Open = (sqs, _) => sqs.Queues(),
                OpenInRegion = (_, sqs, _) => sqs.Queues(),
                Singular = "queue",
                Plural = "queues",
                Parameter = "q",

                // ApproximateNumberOfMessages costs one GetQueueAttributes call per queue; it is what people list queues for.
                DefaultColumns = ["Name", "ApproximateNumberOfMessages", "Url"],
                WhereExample = "Name.StartsWith(\"orders\") && ApproximateNumberOfMessages > 0",
                Actions = [SqsBatchActions.Delete, SqsBatchActions.Purge],
            },
            new CollectionEntry<IAmazonSQS, SqsQueue>
            {
                Name = "dead-letter-sources",
                Description = "List the queues that send their failed messages to a dead-letter queue (ListDeadLetterSourceQueues). Every predicate runs in memory; attributes are fetched only for the columns and predicates that read them.",
                Arguments =
                [
                    new CollectionArgument("queue-url", "The URL of the dead-letter queue.")
                    {
                        NotFoundCodes = new HashSet<string>(StringComparer.Ordinal) { "QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue" },
                    },
                ],
                Open = (sqs, arguments) => sqs.DeadLetterSourceQueues(arguments[0]),
                Singular = "queue",
                Plural = "queues",
                Parameter = "q",
                DefaultColumns = ["Name", "ApproximateNumberOfMessages", "Url"],
                WhereExample = "Name.StartsWith(\"orders\") && ApproximateNumberOfMessagesNotVisible > 0",
                Actions = [SqsBatchActions.Delete, SqsBatchActions.Purge],
            },
        ],
    };
}
