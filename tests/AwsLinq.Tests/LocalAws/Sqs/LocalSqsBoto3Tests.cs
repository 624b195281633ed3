using System.Text.Json;
using AwsLinq.Tests.Infrastructure;

namespace AwsLinq.Tests.LocalAws.Sqs;

/// <summary>
/// The boto3 collections guide's SQS examples, and the queue and message calls around them, run unchanged by
/// Debian's boto3 (1.26, SQS's query protocol) against LocalAws. Each script prints one JSON document.
/// </summary>
public class LocalSqsBoto3Tests : LocalSqsTestBase
{
    private const string Resource = """
        import boto3, json, os
        sqs = boto3.resource('sqs', endpoint_url=os.environ['LOCALAWS_URL'])

        """;

    private async Task<JsonElement> RunAsync(string script)
    {
        using var python = await DebianClients.StartBoto3Async(Server, Resource + script);
        var result = (await python.ExitAsync()).Succeeded();
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();

    [Fact]
    public async Task The_guide_lists_all_queues_and_the_collection_filters_limits_and_pages()
    {
        var urls = State.SeedQueues(["audit", "orders-1", "orders-2", "orders-3", "billing"]);
        Server.Requests.Clear();

        var printed = await RunAsync("""
            # SQS list all queues
            everything = [queue.url for queue in sqs.queues.all()]
            orders = [queue.url for queue in sqs.queues.filter(QueueNamePrefix='orders-')]
            first_two = [queue.url for queue in sqs.queues.limit(2)]
            paged = [queue.url for queue in sqs.queues.page_size(2)]
            print(json.dumps({'all': everything, 'orders': orders, 'limit': first_two, 'paged': paged}))
            """);

        var sorted = urls.Order(StringComparer.Ordinal).ToList();
        Strings(printed.GetProperty("all")).Should().Equal(sorted);
        Strings(printed.GetProperty("orders")).Should().Equal(sorted.Where(u => u.Contains("/orders-", StringComparison.Ordinal)));
        Strings(printed.GetProperty("limit")).Should().Equal(sorted.Take(2));
        Strings(printed.GetProperty("paged")).Should().Equal(sorted);
        var pages = Logged("ListQueues").Where(r => r.Parameter("MaxResults") == "2").ToList();
        pages.Select(r => r.Parameter("NextToken") is null).Should().Equal(true, false, false);
        Logged("ListQueues").Should().ContainSingle(r => r.Parameter("QueueNamePrefix") == "orders-");
    }

    [Fact]
    public async Task Queue_attributes_messages_and_batch_actions_go_through_the_resource_API()
    {
        State.CreateQueue("jobs");

        var printed = await RunAsync("""
            queue = sqs.get_queue_by_name(QueueName='jobs')
            sent = queue.send_messages(Entries=[{'Id': str(i), 'MessageBody': 'job %d' % i} for i in range(3)])
            queue.reload()
            waiting = queue.attributes['ApproximateNumberOfMessages']
            received = queue.receive_messages(MaxNumberOfMessages=10, WaitTimeSeconds=1, MessageAttributeNames=['All'])
            deleted = queue.delete_messages(Entries=[{'Id': m.message_id, 'ReceiptHandle': m.receipt_handle} for m in received])
            print(json.dumps({
                'sent': [s['Id'] for s in sent['Successful']],
                'waiting': waiting,
                'bodies': [m.body for m in received],
                'deleted': len(deleted['Successful']),
            }))
            """);

        Strings(printed.GetProperty("sent")).Should().Equal("0", "1", "2");
        printed.GetProperty("waiting").GetString().Should().Be("3");
        Strings(printed.GetProperty("bodies")).Should().Equal("job 0", "job 1", "job 2");
        printed.GetProperty("deleted").GetInt32().Should().Be(3);
        Server.Requests.For("sqs").Select(r => r.Operation).Should().Equal(
            "GetQueueUrl", "SendMessageBatch", "GetQueueAttributes", "ReceiveMessage", "DeleteMessageBatch");
        Logged("GetQueueAttributes").Single().Parameter("AttributeNames").Should().Be("All");
        (await VisibleAndInFlight(UrlOf("jobs"))).Should().Be((0, 0));
    }

    [Fact]
    public async Task A_queue_dead_letter_source_queues_collection_lists_the_queues_that_redrive_to_it()
    {
        State.CreateQueue("orders-dlq");
        var sources = new[] { "orders-b", "orders-a" }.Select(name => State.CreateQueue(name, new Dictionary<string, string>
        {
            ["RedrivePolicy"] = """{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:000000000000:orders-dlq","maxReceiveCount":"5"}""",
        })).Order(StringComparer.Ordinal).ToList();
        State.CreateQueue("unrelated");

        var printed = await RunAsync("""
            dlq = sqs.get_queue_by_name(QueueName='orders-dlq')
            print(json.dumps([q.url for q in dlq.dead_letter_source_queues.all()]))
            """);

        Strings(printed).Should().Equal(sources);
        Logged("ListDeadLetterSourceQueues").Single().Parameter("QueueUrl").Should().Be(UrlOf("orders-dlq"));
    }

    [Fact]
    public async Task A_missing_queue_raises_the_query_protocol_error_boto3_users_catch()
    {
        var printed = await RunAsync("""
            from botocore.exceptions import ClientError
            try:
                sqs.get_queue_by_name(QueueName='missing')
            except ClientError as e:
                print(json.dumps({'code': e.response['Error']['Code'], 'message': e.response['Error']['Message'],
                                  'status': e.response['ResponseMetadata']['HTTPStatusCode']}))
            """);

        printed.GetProperty("code").GetString().Should().Be("AWS.SimpleQueueService.NonExistentQueue");
        printed.GetProperty("message").GetString().Should().Be("The specified queue does not exist for this wsdl version.");
        printed.GetProperty("status").GetInt32().Should().Be(400);
    }
}
